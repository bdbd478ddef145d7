package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.model.VersionStatus;
import de.norderstedt.go.roadmap.service.VersionOverview;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A roadmap version: its state in the council process, the version it was copied from, how many measures it plans. */
public record VersionResponse(UUID id, String label, String title, String summary, VersionStatus status, String basedOnLabel,
                              OffsetDateTime submittedAt, ResolutionResponse resolution, OffsetDateTime adoptedAt,
                              OffsetDateTime supersededAt, int measureCount, OffsetDateTime updatedAt) {

    static VersionResponse of(VersionOverview overview) {
        RoadmapVersion v = overview.version();
        return new VersionResponse(v.id, v.label, v.title, v.summary, v.status, overview.basedOnLabel(), Times.berlin(v.submittedAt),
                ResolutionResponse.of(v), Times.berlin(v.adoptedAt), Times.berlin(v.supersededAt), overview.measureCount(),
                Times.berlin(v.updatedAt));
    }
}
