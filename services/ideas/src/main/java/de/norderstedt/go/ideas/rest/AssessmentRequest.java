package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.service.ReviewerAssessment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One reviewer's relevance and benefit check of an idea. */
public record AssessmentRequest(
        @NotEmpty @Schema(description = "A score 0–5 for every criterion key (GET /api/ideas/assessment-criteria)",
                example = "{\"relevance\": 4, \"benefit\": 5, \"feasibility\": 3, \"cost\": 2, \"sustainability\": 4}")
        Map<@NotNull String, @NotNull @Min(0) @Max(5) Integer> scores,
        @Size(max = 20) List<@NotNull UUID> goalIds,
        @Schema(description = "Can Norderstedt GO! act on this idea at all?") Boolean withinInfluence,
        @Schema(description = "Recommended horizon") Classification recommendedHorizon,
        @Size(max = 2000) String note) {

    public ReviewerAssessment toAssessment() {
        return new ReviewerAssessment(scores, goalIds, withinInfluence, recommendedHorizon, note);
    }
}
