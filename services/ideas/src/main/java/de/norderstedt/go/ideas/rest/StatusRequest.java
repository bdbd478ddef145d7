package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.model.IdeaStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A step in the workflow; {@code classification} is required for CLASSIFIED. */
public record StatusRequest(@NotNull IdeaStatus status, @Size(max = 1000) String reason, Classification classification) {
}
