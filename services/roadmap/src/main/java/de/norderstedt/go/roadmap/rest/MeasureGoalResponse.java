package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.model.Goal;

import java.util.UUID;

/** A strategic goal as a measure names it. */
public record MeasureGoalResponse(UUID id, String title) {

    static MeasureGoalResponse of(Goal g) {
        return new MeasureGoalResponse(g.id, g.title);
    }
}
