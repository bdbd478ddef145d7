package de.norderstedt.go.platform.events.roadmap;

import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.model.ActionField;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events on {@code go.roadmap.v1}: the strategy (vision, goals, phases) and the roadmap
 * versions with their measures. Everything here is public programme content; no personal data.
 */
public final class RoadmapEvents {

    public static final EventType<VisionAdopted> VISION_ADOPTED = EventType.of(Topics.ROADMAP, "vision", "adopted", 1, VisionAdopted.class);
    public static final EventType<Goal> GOAL_DEFINED = EventType.of(Topics.ROADMAP, "goal", "defined", 1, Goal.class);
    public static final EventType<Goal> GOAL_CHANGED = EventType.of(Topics.ROADMAP, "goal", "changed", 1, Goal.class);
    public static final EventType<Version> VERSION_SUBMITTED = EventType.of(Topics.ROADMAP, "roadmap-version", "submitted", 1, Version.class);
    public static final EventType<Version> VERSION_ADOPTED = EventType.of(Topics.ROADMAP, "roadmap-version", "adopted", 1, Version.class);
    public static final EventType<Version> VERSION_SUPERSEDED = EventType.of(Topics.ROADMAP, "roadmap-version", "superseded", 1, Version.class);
    public static final EventType<Measure> MEASURE_ADDED = EventType.of(Topics.ROADMAP, "measure", "added", 1, Measure.class);
    public static final EventType<Measure> MEASURE_CHANGED = EventType.of(Topics.ROADMAP, "measure", "changed", 1, Measure.class);
    public static final EventType<MeasureRemoved> MEASURE_REMOVED = EventType.of(Topics.ROADMAP, "measure", "removed", 1, MeasureRemoved.class);
    public static final EventType<MeasureProgressed> MEASURE_PROGRESSED = EventType.of(Topics.ROADMAP, "measure", "progressed", 1, MeasureProgressed.class);
    public static final EventType<MilestoneReached> MILESTONE_REACHED = EventType.of(Topics.ROADMAP, "measure", "milestone-reached", 1, MilestoneReached.class);
    public static final EventType<Phase> PHASE_CHANGED = EventType.of(Topics.ROADMAP, "phase", "changed", 1, Phase.class);

    public record VisionAdopted(UUID visionId, int version, String statement, Instant adoptedAt) {
    }

    /** A strategic goal; the ideas service keeps these to check the goals an assessment names. */
    public record Goal(UUID goalId, String title, String description, ActionField actionField, List<String> indicators,
                       Instant changedAt) {
    }

    public record Resolution(LocalDate date, String body, String number) {
    }

    /** A roadmap version; {@code resolution} once adopted. */
    public record Version(UUID versionId, String label, String title, String status, UUID basedOnVersionId, int measureCount,
                         Resolution resolution, Instant changedAt) {
    }

    /** A measure as planned in one version ({@code versionLabel}); the id stays the same across versions. */
    public record Measure(UUID measureId, String versionLabel, String title, String description, ActionField actionField,
                          List<UUID> goalIds, String horizon, String owner, LocalDate plannedStart, LocalDate plannedEnd,
                          UUID parentMeasureId, List<String> fundingProgrammes, List<UUID> ideaIds, Instant changedAt) {
    }

    public record MeasureRemoved(UUID measureId, String versionLabel, Instant removedAt) {
    }

    /** Implementation progress of a measure; {@code progressPercent} of a parent is the weighted mean of its children. */
    public record MeasureProgressed(UUID measureId, String title, String status, BigDecimal progressPercent, Instant progressedAt) {
    }

    public record MilestoneReached(UUID measureId, UUID milestoneId, String title, LocalDate dueDate, Instant reachedAt) {
    }

    public record Phase(String phase, String title, String status, LocalDate plannedStart, LocalDate plannedEnd,
                        LocalDate actualStart, LocalDate actualEnd, Instant changedAt) {
    }

    private RoadmapEvents() {
    }
}
