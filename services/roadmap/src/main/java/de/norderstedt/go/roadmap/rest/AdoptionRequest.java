package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.service.CouncilResolution;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The city council's resolution adopting a submitted version. */
public record AdoptionRequest(
        @NotNull @Schema(description = "Date of the council's resolution", example = "2022-03-15") LocalDate resolutionDate,
        @NotBlank @Size(max = 200) @Schema(example = "Stadtvertretung Norderstedt") String body,
        @NotBlank @Size(max = 60) @Schema(example = "B 22/0042") String resolutionNumber) {

    CouncilResolution resolution() {
        return new CouncilResolution(resolutionDate, body, resolutionNumber);
    }
}
