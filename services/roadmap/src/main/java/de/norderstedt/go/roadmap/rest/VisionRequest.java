package de.norderstedt.go.roadmap.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The statement of the draft vision. */
public record VisionRequest(@NotBlank @Size(max = 5000) String statement) {
}
