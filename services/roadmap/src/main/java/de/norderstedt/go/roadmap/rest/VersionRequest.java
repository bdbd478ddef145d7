package de.norderstedt.go.roadmap.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The title and summary of a roadmap version, when it is started or while it is a draft. */
public record VersionRequest(@NotBlank @Size(max = 200) String title, @Size(max = 5000) String summary) {
}
