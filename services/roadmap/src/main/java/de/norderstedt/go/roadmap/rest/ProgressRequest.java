package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.model.MeasureStatus;
import de.norderstedt.go.roadmap.service.ProgressReport;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A measure's status and progress as reported. */
public record ProgressRequest(@NotNull MeasureStatus status,
                              @DecimalMin("0") @DecimalMax("100") @Schema(description = "Not for parent measures: theirs is computed")
                              BigDecimal progressPercent,
                              @Size(max = 2000) String note) {

    ProgressReport report() {
        return new ProgressReport(status, progressPercent, note);
    }
}
