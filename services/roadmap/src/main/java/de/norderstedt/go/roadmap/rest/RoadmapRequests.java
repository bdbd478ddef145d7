package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.roadmap.model.Horizon;
import de.norderstedt.go.roadmap.model.MeasureStatus;
import de.norderstedt.go.roadmap.model.Owner;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the programme team sends to build roadmap versions and report progress. */
public final class RoadmapRequests {

    public record VersionRequest(@NotBlank @Size(max = 200) String title, @Size(max = 5000) String summary) {
    }

    public record AdoptionRequest(
            @NotNull @Schema(description = "Date of the council's resolution", example = "2022-03-15") LocalDate resolutionDate,
            @NotBlank @Size(max = 200) @Schema(example = "Stadtvertretung Norderstedt") String body,
            @NotBlank @Size(max = 60) @Schema(example = "B 22/0042") String resolutionNumber) {
    }

    public record MeasureRequest(@NotBlank @Size(max = 200) String title, @Size(max = 5000) String description,
                                 @NotNull ActionField actionField,
                                 @Size(max = 20) List<@NotNull UUID> goalIds,
                                 @NotNull Horizon horizon,
                                 @NotNull Owner owner,
                                 @Size(max = 200) @Schema(description = "Department or partner, e.g. Stadtwerke Norderstedt") String ownerDetail,
                                 LocalDate plannedStart, LocalDate plannedEnd,
                                 @Schema(description = "A parent measure in the same version; its progress is the weighted mean of its children")
                                 UUID parentMeasureId,
                                 @DecimalMin(value = "0.01") @DecimalMax("1000") @Schema(description = "Weight within the parent, default 1")
                                 BigDecimal weight,
                                 @Size(max = 20) List<@NotBlank @Size(max = 200) String> fundingProgrammes,
                                 @Size(max = 100) List<@NotNull UUID> ideaIds) {
    }

    /** From a candidate: everything else comes from the idea. */
    public record FromCandidateRequest(Owner owner, @Size(max = 200) String ownerDetail) {
    }

    public record ProgressRequest(@NotNull MeasureStatus status,
                                  @DecimalMin("0") @DecimalMax("100") @Schema(description = "Not for parent measures: theirs is computed")
                                  BigDecimal progressPercent,
                                  @Size(max = 2000) String note) {
    }

    public record MilestoneRequest(@NotBlank @Size(max = 200) String title, @NotNull LocalDate dueDate, boolean done) {
    }

    private RoadmapRequests() {
    }
}
