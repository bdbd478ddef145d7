package de.norderstedt.go.participants.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Acceptance of one version of the code of cooperation; it must be the current version. */
public record ConsentRequest(@NotNull @Positive @Schema(example = "1") Integer version) {
}
