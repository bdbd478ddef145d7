package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.ParticipantStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff pause (INACTIVE) or resume (ACTIVE) a participant. */
public record StatusRequest(@NotNull @Schema(enumeration = {"ACTIVE", "INACTIVE"}) ParticipantStatus status) {
}
