package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.model.Mode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A question from the room or online; {@code guestName} is kept only when no ambassador asks it from their account. */
public record QuestionRequest(@NotBlank @Size(max = 1000) String text, @NotNull Mode channel, @Size(max = 120) String guestName) {
}
