package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.roadmap.model.Goal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A strategic goal of an action field. */
public record GoalResponse(UUID id, String title, String description, ActionField actionField, String actionFieldLabel,
                           List<String> indicators, OffsetDateTime updatedAt) {

    static GoalResponse of(Goal g) {
        return new GoalResponse(g.id, g.title, g.description, g.actionField, g.actionField.germanLabel(), g.indicators,
                Times.berlin(g.updatedAt));
    }
}
