package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.roadmap.model.Horizon;
import de.norderstedt.go.roadmap.model.Owner;
import de.norderstedt.go.roadmap.service.MeasureDraft;
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

/** A measure of a draft version, added or changed. */
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

    MeasureDraft draft() {
        return new MeasureDraft(title, description, actionField, goalIds, horizon, owner, ownerDetail, plannedStart, plannedEnd,
                parentMeasureId, weight, fundingProgrammes, ideaIds);
    }
}
