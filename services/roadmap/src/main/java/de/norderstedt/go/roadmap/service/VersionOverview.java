package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.roadmap.model.RoadmapVersion;

/** A roadmap version with the label of the version it was copied from and how many measures it plans. */
public record VersionOverview(RoadmapVersion version, String basedOnLabel, int measureCount) {
}
