package de.norderstedt.go.ideas.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a comment is reported to the moderators. */
public record ReportRequest(@NotBlank @Size(max = 500) String reason) {
}
