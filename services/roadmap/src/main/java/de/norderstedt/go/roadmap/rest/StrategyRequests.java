package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.roadmap.model.PhaseStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the programme team sends to maintain the strategy. */
public final class StrategyRequests {

    public record VisionRequest(@NotBlank @Size(max = 5000) String statement) {
    }

    public record PriorityRequest(
            @NotNull @Size(min = 4, max = 4) @Schema(description = "All four action fields, most important first")
            List<@NotNull ActionField> order) {
    }

    public record GoalRequest(@NotBlank @Size(max = 200) String title, @Size(max = 5000) String description,
                              @NotNull ActionField actionField,
                              @Size(max = 20) @Schema(description = "How reaching the goal is measured (optional)")
                              List<@NotBlank @Size(max = 300) String> indicators) {
    }

    public record PhaseRequest(@NotNull PhaseStatus status, LocalDate plannedStart, LocalDate plannedEnd,
                               LocalDate actualStart, LocalDate actualEnd, @Size(max = 2000) String description) {
    }

    public record TimelineRequest(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description,
                                  @Schema(description = "PHASE_I, PHASE_II, PHASE_III or COMMUNICATION") @Size(max = 40) String phase,
                                  @NotNull OffsetDateTime startsAt, OffsetDateTime endsAt, boolean reached) {
    }

    private StrategyRequests() {
    }
}
