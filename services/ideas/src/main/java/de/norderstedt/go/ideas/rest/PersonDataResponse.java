package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.service.PersonData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The ideas section of a participant's export: every list complete (no paging), newest first.
 * Other people's ideas are named as the public sees them; no other person's data is in it.
 */
public record PersonDataResponse(
        @Schema(description = "The ideas the person submitted, every status; authorName is null (the person is the author)")
        List<IdeaResponse> ideas,
        List<OwnCommentResponse> comments,
        List<SupportedIdeaResponse> supports,
        @Schema(description = "The assessments the person wrote as a reviewer")
        List<OwnAssessmentResponse> assessments,
        @Schema(description = "The person's reports of comments to the moderators")
        List<OwnReportResponse> reports) {

    public static PersonDataResponse of(PersonData d) {
        return new PersonDataResponse(
                d.ideas().stream().map(i -> IdeaResponse.of(i, null)).toList(),
                d.comments().stream().map(OwnCommentResponse::of).toList(),
                d.supports().stream().map(SupportedIdeaResponse::of).toList(),
                d.assessments().stream().map(OwnAssessmentResponse::of).toList(),
                d.reports().stream().map(OwnReportResponse::of).toList());
    }
}
