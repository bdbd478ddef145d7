package de.norderstedt.go.ideas.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A moderator hides a comment ({@code reason} required) or restores it. */
public record VisibilityRequest(@NotNull Boolean hidden, @Size(max = 500) String reason) {
}
