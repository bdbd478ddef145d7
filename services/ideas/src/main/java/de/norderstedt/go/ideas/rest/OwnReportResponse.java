package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.GivenReport;

import java.time.Instant;
import java.util.UUID;

/** A report the person made of a comment: which comment, on which idea, why, when. */
public record OwnReportResponse(UUID commentId, UUID ideaId, String reason, Instant reportedAt) {

    public static OwnReportResponse of(GivenReport r) {
        return new OwnReportResponse(r.commentId(), r.ideaId(), r.reason(), r.reportedAt());
    }
}
