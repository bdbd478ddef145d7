package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The priority order of the action fields. */
public record PriorityRequest(
        @NotNull @Size(min = 4, max = 4) @Schema(description = "All four action fields, most important first")
        List<@NotNull ActionField> order) {
}
