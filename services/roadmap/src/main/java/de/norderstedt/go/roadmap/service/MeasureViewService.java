package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.model.Goal;
import de.norderstedt.go.roadmap.model.Measure;
import de.norderstedt.go.roadmap.model.MeasureMilestone;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.repository.GoalRepository;
import de.norderstedt.go.roadmap.repository.MeasureMilestoneRepository;
import de.norderstedt.go.roadmap.repository.MeasureRepository;
import de.norderstedt.go.roadmap.repository.PlannedMeasureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The measures as the API shows them: what a version plans, with progress (a parent's computed
 * from its whole plan), milestones and goals, each read in one transaction.
 */
@ApplicationScoped
public class MeasureViewService {

    private final VersionService versions;
    private final ProgressService progress;
    private final PlannedMeasureRepository planned;
    private final MeasureRepository measures;
    private final MeasureMilestoneRepository milestones;
    private final GoalRepository goals;

    public MeasureViewService(VersionService versions, ProgressService progress, PlannedMeasureRepository planned,
                              MeasureRepository measures, MeasureMilestoneRepository milestones, GoalRepository goals) {
        this.versions = versions;
        this.progress = progress;
        this.planned = planned;
        this.measures = measures;
        this.milestones = milestones;
        this.goals = goals;
    }

    /**
     * One page of a version's measures in plan order, after the keyset {@code (sortOrder, id)} of
     * the planned measure; {@code limit + 1} rows. Drafts and submissions are 404 for the public.
     */
    @Transactional
    public List<MeasureView> page(String label, boolean staff, Integer afterSortOrder, UUID afterPlannedId, int limit) {
        RoadmapVersion v = versions.version(label, staff);
        return views(v, planned.plan(v.id), planned.page(v.id, afterSortOrder, afterPlannedId, limit));
    }

    /** One measure as the version plans it. */
    @Transactional
    public MeasureView one(String label, boolean staff, UUID measureId) {
        RoadmapVersion v = versions.version(label, staff);
        PlannedMeasure m = planned.planned(v.id, measureId).orElseThrow(() -> ProblemException.notFound("Measure", measureId));
        return views(v, planned.plan(v.id), List.of(m)).get(0);
    }

    /** A measure as the newest version the caller may see plans it (the public: adopted or superseded versions). */
    @Transactional
    public MeasureView newest(UUID measureId, boolean staff) {
        ProgressService.PlannedView view = progress.newestPlan(measureId, staff);
        PlannedMeasure m = view.find(measureId).orElseThrow(() -> ProblemException.notFound("Measure", measureId));
        return views(view.version(), view.plan(), List.of(m)).get(0);
    }

    /** All an adopted (or superseded) version plans, with the goals its measures name: the open data. */
    @Transactional
    public VersionPlan openData(String label) {
        RoadmapVersion v = versions.version(label, false);
        List<PlannedMeasure> plan = planned.plan(v.id);
        Set<UUID> goalIds = new HashSet<>();
        plan.forEach(p -> goalIds.addAll(p.goalIds));
        return new VersionPlan(versions.overview(v), goals.byIds(goalIds).values(), views(v, plan, plan));
    }

    /** The views of {@code shown}, part of the version's whole {@code plan}: progress records, milestones and goals in bulk. */
    private List<MeasureView> views(RoadmapVersion v, List<PlannedMeasure> plan, List<PlannedMeasure> shown) {
        Map<UUID, Measure> records = measures.byIds(ProgressService.ids(plan));
        Map<UUID, BigDecimal> effective = ProgressService.effectiveProgress(plan, records);
        List<MeasureMilestone> shownMilestones = milestones.ofMeasures(ProgressService.ids(shown));
        Set<UUID> goalIds = new HashSet<>();
        shown.forEach(p -> goalIds.addAll(p.goalIds));
        Map<UUID, Goal> goalsById = goals.byIds(goalIds);
        return shown.stream().map(p -> new MeasureView(v.label, p, records.get(p.measureId), effective.get(p.measureId),
                plan.stream().filter(c -> p.measureId.equals(c.parentId)).map(c -> c.measureId).toList(),
                p.goalIds.stream().map(goalsById::get).filter(Objects::nonNull).toList(),
                shownMilestones.stream().filter(ms -> ms.measureId.equals(p.measureId)).toList())).toList();
    }
}
