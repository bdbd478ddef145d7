package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.messaging.RoadmapEventPublisher;
import de.norderstedt.go.roadmap.model.Measure;
import de.norderstedt.go.roadmap.model.MeasureMilestone;
import de.norderstedt.go.roadmap.model.MeasureStatus;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.repository.MeasureMilestoneRepository;
import de.norderstedt.go.roadmap.repository.MeasureRepository;
import de.norderstedt.go.roadmap.repository.PlannedMeasureRepository;
import de.norderstedt.go.roadmap.repository.RoadmapVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How far the measures have got. Progress belongs to a measure, not to a version: what the council
 * adopted stays frozen while the city reports implementation, and the next version carries it on.
 * A parent measure's progress is computed: the weighted mean of its children in the version.
 */
@ApplicationScoped
public class ProgressService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MeasureRepository measures;
    private final MeasureMilestoneRepository milestones;
    private final RoadmapVersionRepository versions;
    private final PlannedMeasureRepository planned;
    private final RoadmapEventPublisher events;

    public ProgressService(MeasureRepository measures, MeasureMilestoneRepository milestones, RoadmapVersionRepository versions,
                           PlannedMeasureRepository planned, RoadmapEventPublisher events) {
        this.measures = measures;
        this.milestones = milestones;
        this.versions = versions;
        this.planned = planned;
        this.events = events;
    }

    /** Progress per measure of one version's plan: reported for leaves, weighted mean of the children for parents. */
    public static Map<UUID, BigDecimal> effectiveProgress(List<PlannedMeasure> plan, Map<UUID, Measure> records) {
        Map<UUID, List<PlannedMeasure>> children = new HashMap<>();
        plan.forEach(m -> {
            if (m.parentId != null) {
                children.computeIfAbsent(m.parentId, k -> new ArrayList<>()).add(m);
            }
        });
        Map<UUID, BigDecimal> result = new HashMap<>();
        plan.forEach(m -> compute(m.measureId, children, records, result, 0));
        return result;
    }

    private static BigDecimal compute(UUID id, Map<UUID, List<PlannedMeasure>> children, Map<UUID, Measure> records,
                                      Map<UUID, BigDecimal> result, int depth) {
        BigDecimal known = result.get(id);
        if (known != null) {
            return known;
        }
        List<PlannedMeasure> kids = children.get(id);
        BigDecimal value;
        if (kids == null || kids.isEmpty() || depth > 50) {
            Measure record = records.get(id);
            value = record == null ? BigDecimal.ZERO : record.progress;
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (PlannedMeasure kid : kids) {
                sum = sum.add(kid.weight.multiply(compute(kid.measureId, children, records, result, depth + 1)));
                weights = weights.add(kid.weight);
            }
            value = sum.divide(weights, 2, RoundingMode.HALF_UP);
        }
        value = value.setScale(2, RoundingMode.HALF_UP);
        result.put(id, value);
        return value;
    }

    /**
     * Reports a measure's status and progress. Announces the measure and every parent whose
     * computed progress changed with it, in the newest version that plans the measure.
     */
    @Transactional
    public Measure report(UUID measureId, ProgressReport request) {
        Measure m = measures.lock(measureId).orElseThrow(() -> ProblemException.notFound("Measure", measureId));
        PlannedView view = newestPlan(measureId, true);
        boolean parent = view.plan().stream().anyMatch(p -> measureId.equals(p.parentId));
        BigDecimal progress = request.progressPercent();
        if (parent && progress != null) {
            throw ProblemException.invalid("progressPercent", "is computed for a measure with sub-measures; report their progress");
        }
        if (request.status() == MeasureStatus.DONE && progress != null && progress.compareTo(HUNDRED) != 0 && !parent) {
            throw ProblemException.invalid("progressPercent", "a done measure is at 100");
        }
        if (progress == null && request.status() == MeasureStatus.DONE && !parent) {
            progress = HUNDRED;
        }
        // One read of the plan's records: m is the same managed instance in it, so "after" sees the change.
        Map<UUID, Measure> records = measures.byIds(ids(view.plan()));
        records.put(m.id, m);
        Map<UUID, BigDecimal> before = effectiveProgress(view.plan(), records);
        Instant now = Timestamps.now();
        m.status = request.status();
        if (progress != null) {
            m.progress = progress.setScale(2, RoundingMode.HALF_UP);
        }
        m.progressNote = Texts.blankToNull(request.note());
        m.progressedAt = now;
        Map<UUID, BigDecimal> after = effectiveProgress(view.plan(), records);
        events.progressed(m, view.title(measureId), after.getOrDefault(measureId, m.progress), now);
        for (UUID ancestor = view.parentOf(measureId); ancestor != null; ancestor = view.parentOf(ancestor)) {
            if (after.get(ancestor).compareTo(before.get(ancestor)) != 0) {
                Measure a = records.get(ancestor);
                events.progressed(a, view.title(ancestor), after.get(ancestor), now);
            }
        }
        return m;
    }

    @Transactional
    public MeasureMilestone addMilestone(UUID measureId, MilestoneDraft request) {
        if (measures.findById(measureId) == null) {
            throw ProblemException.notFound("Measure", measureId);
        }
        MeasureMilestone ms = new MeasureMilestone();
        ms.id = UUID.randomUUID();
        ms.measureId = measureId;
        ms.createdAt = Timestamps.now();
        apply(ms, request);
        milestones.persist(ms);
        return ms;
    }

    @Transactional
    public MeasureMilestone changeMilestone(UUID measureId, UUID milestoneId, MilestoneDraft request) {
        MeasureMilestone ms = milestones.lock(milestoneId).orElse(null);
        if (ms == null || !ms.measureId.equals(measureId)) {
            throw ProblemException.notFound("Milestone", milestoneId);
        }
        apply(ms, request);
        return ms;
    }

    private void apply(MeasureMilestone ms, MilestoneDraft r) {
        boolean reached = r.done() && !ms.done;
        ms.title = r.title().strip();
        ms.dueDate = r.dueDate();
        ms.done = r.done();
        ms.doneAt = r.done() ? (reached ? Timestamps.now() : ms.doneAt) : null;
        if (reached) {
            events.milestoneReached(ms);
        }
    }

    /** The newest version that plans a measure, with its whole plan (for parents and titles). */
    public record PlannedView(RoadmapVersion version, List<PlannedMeasure> plan) {
        Optional<PlannedMeasure> find(UUID measureId) {
            return plan.stream().filter(p -> p.measureId.equals(measureId)).findFirst();
        }

        UUID parentOf(UUID measureId) {
            return plan.stream().filter(p -> p.measureId.equals(measureId)).findFirst().map(p -> p.parentId).orElse(null);
        }

        String title(UUID measureId) {
            return plan.stream().filter(p -> p.measureId.equals(measureId)).findFirst().map(p -> p.title).orElse(null);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlannedView newestPlan(UUID measureId, boolean includeOpen) {
        RoadmapVersion v = versions.newestPlanning(measureId, includeOpen)
                .orElseThrow(() -> ProblemException.notFound("Measure", measureId));
        return new PlannedView(v, planned.plan(v.id));
    }

    static List<UUID> ids(List<PlannedMeasure> plan) {
        return plan.stream().map(p -> p.measureId).toList();
    }
}
