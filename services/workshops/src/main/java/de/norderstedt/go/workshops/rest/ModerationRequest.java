package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.model.Question;
import jakarta.validation.constraints.NotNull;

/** What a moderator makes of a question: APPROVED, HIDDEN or ANSWERED. */
public record ModerationRequest(@NotNull Question.Status status) {
}
