package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.roadmap.model.Goal;
import de.norderstedt.go.roadmap.model.Measure;
import de.norderstedt.go.roadmap.model.MeasureMilestone;
import de.norderstedt.go.roadmap.model.PlannedMeasure;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A measure as one version plans it, with how far it has got: {@code reported} is its reported
 * status, {@code progressPercent} its progress in this version's plan (computed for a parent: the
 * weighted mean of {@code subMeasureIds}), {@code goals} the goals it names that exist, in its order.
 */
public record MeasureView(String versionLabel, PlannedMeasure planned, Measure reported, BigDecimal progressPercent,
                          List<UUID> subMeasureIds, List<Goal> goals, List<MeasureMilestone> milestones) {

    public boolean progressComputed() {
        return !subMeasureIds.isEmpty();
    }
}
