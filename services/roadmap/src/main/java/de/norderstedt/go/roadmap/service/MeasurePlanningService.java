package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.messaging.RoadmapEventPublisher;
import de.norderstedt.go.roadmap.model.Measure;
import de.norderstedt.go.roadmap.model.MeasureStatus;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.repository.MeasureMilestoneRepository;
import de.norderstedt.go.roadmap.repository.MeasureRepository;
import de.norderstedt.go.roadmap.repository.PlannedMeasureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The measures a draft version plans: added, changed and removed while the version is a draft
 * (any other state is a 409, see {@link VersionService#editable}). A measure added here gets its
 * progress record ({@link Measure}), which the versions after this one share.
 */
@ApplicationScoped
public class MeasurePlanningService {

    private final VersionService versions;
    private final StrategyService strategy;
    private final PlannedMeasureRepository planned;
    private final MeasureRepository measures;
    private final MeasureMilestoneRepository milestones;
    private final RoadmapEventPublisher events;

    public MeasurePlanningService(VersionService versions, StrategyService strategy, PlannedMeasureRepository planned,
                                  MeasureRepository measures, MeasureMilestoneRepository milestones, RoadmapEventPublisher events) {
        this.versions = versions;
        this.strategy = strategy;
        this.planned = planned;
        this.measures = measures;
        this.milestones = milestones;
        this.events = events;
    }

    @Transactional
    public PlannedMeasure addMeasure(String label, MeasureDraft draft) {
        RoadmapVersion v = versions.editable(label);
        Instant now = Timestamps.now();
        Measure measure = new Measure();
        measure.id = UUID.randomUUID();
        measure.status = MeasureStatus.PLANNED;
        measure.progress = BigDecimal.ZERO;
        measure.createdAt = now;
        measures.persist(measure);
        PlannedMeasure m = new PlannedMeasure();
        m.id = UUID.randomUUID();
        m.versionId = v.id;
        m.measureId = measure.id;
        m.createdAt = now;
        m.sortOrder = planned.nextSortOrder(v.id);
        apply(v, m, draft);
        planned.persist(m);
        events.measure(RoadmapEvents.MEASURE_ADDED, m, v.label);
        return m;
    }

    @Transactional
    public PlannedMeasure changeMeasure(String label, UUID measureId, MeasureDraft draft) {
        RoadmapVersion v = versions.editable(label);
        PlannedMeasure m = planned(v, measureId);
        apply(v, m, draft);
        events.measure(RoadmapEvents.MEASURE_CHANGED, m, v.label);
        return m;
    }

    @Transactional
    public void removeMeasure(String label, UUID measureId) {
        RoadmapVersion v = versions.editable(label);
        PlannedMeasure m = planned(v, measureId);
        long children = planned.children(v.id, measureId);
        if (children > 0) {
            throw ProblemException.conflict("Measure " + measureId + " has " + children + " sub-measures; remove or move them first");
        }
        planned.delete(m);
        planned.flush();
        if (planned.versionsPlanning(measureId) == 0) {
            // Never adopted anywhere: its progress record and milestones go with it.
            milestones.deleteOfMeasure(measureId);
            measures.deleteRecord(measureId);
        }
        events.measureRemoved(m, v.label, Timestamps.now());
    }

    private PlannedMeasure planned(RoadmapVersion v, UUID measureId) {
        return planned.planned(v.id, measureId).orElseThrow(() -> ProblemException.notFound("Measure", measureId));
    }

    private void apply(RoadmapVersion v, PlannedMeasure m, MeasureDraft d) {
        strategy.requireGoals("goalIds", d.goalIds());
        DateRanges.requireOrder("plannedEnd", d.plannedStart(), d.plannedEnd());
        if (d.parentMeasureId() != null) {
            if (d.parentMeasureId().equals(m.measureId)) {
                throw ProblemException.invalid("parentMeasureId", "a measure cannot be its own parent");
            }
            // Up the parents' chain: each must be planned in this version, and none may be this measure's child.
            UUID ancestor = d.parentMeasureId();
            Set<UUID> seen = new HashSet<>();
            while (ancestor != null && seen.add(ancestor)) {
                PlannedMeasure parent = planned.planned(v.id, ancestor)
                        .orElseThrow(() -> ProblemException.invalid("parentMeasureId", "is not a measure of Roadmap " + v.label));
                if (m.measureId.equals(parent.parentId)) {
                    throw ProblemException.invalid("parentMeasureId", "would make the measures each other's parent");
                }
                ancestor = parent.parentId;
            }
        }
        m.title = d.title().strip();
        m.description = Texts.blankToNull(d.description());
        m.actionField = d.actionField();
        m.goalIds = d.goalIds() == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(d.goalIds()));
        m.horizon = d.horizon();
        m.owner = d.owner();
        m.ownerDetail = Texts.blankToNull(d.ownerDetail());
        m.plannedStart = d.plannedStart();
        m.plannedEnd = d.plannedEnd();
        m.parentId = d.parentMeasureId();
        m.weight = d.weight() == null ? BigDecimal.ONE : d.weight();
        m.fundingProgrammes = d.fundingProgrammes() == null ? new ArrayList<>() : d.fundingProgrammes().stream().map(String::strip).toList();
        m.ideaIds = d.ideaIds() == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(d.ideaIds()));
        m.updatedAt = Timestamps.now();
    }
}
