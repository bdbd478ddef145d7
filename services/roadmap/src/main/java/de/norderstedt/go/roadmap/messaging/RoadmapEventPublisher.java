package de.norderstedt.go.roadmap.messaging;

import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.outbox.Outbox;
import de.norderstedt.go.roadmap.model.Goal;
import de.norderstedt.go.roadmap.model.Measure;
import de.norderstedt.go.roadmap.model.MeasureMilestone;
import de.norderstedt.go.roadmap.model.Phase;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.model.Vision;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What of the strategy and the roadmap leaves the service, through the outbox of the same transaction. */
@ApplicationScoped
public class RoadmapEventPublisher {

    private final Outbox outbox;

    public RoadmapEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void visionAdopted(Vision v) {
        outbox.publish(RoadmapEvents.VISION_ADOPTED, v.id, new RoadmapEvents.VisionAdopted(v.id, v.version, v.statement, v.adoptedAt));
    }

    public void goal(EventType<RoadmapEvents.Goal> type, Goal g) {
        outbox.publish(type, g.id, new RoadmapEvents.Goal(g.id, g.title, g.description, g.actionField, List.copyOf(g.indicators), g.updatedAt));
    }

    public void version(EventType<RoadmapEvents.Version> type, RoadmapVersion v, int measureCount) {
        RoadmapEvents.Resolution resolution = v.resolutionDate == null ? null
                : new RoadmapEvents.Resolution(v.resolutionDate, v.resolutionBody, v.resolutionNumber);
        outbox.publish(type, v.id, new RoadmapEvents.Version(v.id, v.label, v.title, v.status.name(), v.basedOn, measureCount,
                resolution, v.updatedAt));
    }

    public void measure(EventType<RoadmapEvents.Measure> type, PlannedMeasure m, String versionLabel) {
        outbox.publish(type, m.measureId, new RoadmapEvents.Measure(m.measureId, versionLabel, m.title, m.description, m.actionField,
                List.copyOf(m.goalIds), m.horizon.name(), m.owner.name(), m.plannedStart, m.plannedEnd, m.parentId,
                List.copyOf(m.fundingProgrammes), List.copyOf(m.ideaIds), m.updatedAt));
    }

    public void measureRemoved(PlannedMeasure m, String versionLabel, Instant at) {
        outbox.publish(RoadmapEvents.MEASURE_REMOVED, m.measureId, new RoadmapEvents.MeasureRemoved(m.measureId, versionLabel, at));
    }

    public void progressed(Measure m, String title, BigDecimal progress, Instant at) {
        outbox.publish(RoadmapEvents.MEASURE_PROGRESSED, m.id,
                new RoadmapEvents.MeasureProgressed(m.id, title, m.status.name(), progress, at));
    }

    public void milestoneReached(MeasureMilestone ms) {
        outbox.publish(RoadmapEvents.MILESTONE_REACHED, ms.measureId,
                new RoadmapEvents.MilestoneReached(ms.measureId, ms.id, ms.title, ms.dueDate, ms.doneAt));
    }

    public void phase(Phase p) {
        outbox.publish(RoadmapEvents.PHASE_CHANGED, p.key, new RoadmapEvents.Phase(p.key, p.title, p.status.name(),
                p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd, p.updatedAt));
    }
}
