package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.ActionField;

import java.util.List;

/** A strategic goal as the programme team defines or changes it. */
public record GoalDraft(String title, String description, ActionField actionField, List<String> indicators) {
}
