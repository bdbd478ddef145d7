package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;

import java.util.List;

/** An action field with its German label, its place in the priority order and its strategic goals. */
public record ActionFieldResponse(ActionField field, String label, int priority, List<GoalResponse> goals) {
}
