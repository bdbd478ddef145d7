package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.roadmap.model.Goal;

import java.util.Collection;
import java.util.List;

/** A version with all it plans: the goals its measures name and the measures in plan order (the open data). */
public record VersionPlan(VersionOverview version, Collection<Goal> goals, List<MeasureView> measures) {
}
