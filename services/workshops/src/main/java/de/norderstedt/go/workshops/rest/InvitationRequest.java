package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.model.Mode;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The programme team registers a participant (by their participant id) on their behalf, on site or online. */
public record InvitationRequest(@NotNull UUID participantId, @NotNull Mode mode) {
}
