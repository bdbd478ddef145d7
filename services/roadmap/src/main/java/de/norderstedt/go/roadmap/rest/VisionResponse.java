package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.roadmap.model.Vision;
import de.norderstedt.go.roadmap.model.VisionStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A version of the smart-city vision. */
public record VisionResponse(UUID id, int version, String statement, VisionStatus status, OffsetDateTime adoptedAt,
                             OffsetDateTime updatedAt) {

    static VisionResponse of(Vision v) {
        return new VisionResponse(v.id, v.version, v.statement, v.status, Times.berlin(v.adoptedAt), Times.berlin(v.updatedAt));
    }
}
