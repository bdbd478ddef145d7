package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.model.WorkshopStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The next status of a workshop; {@code reason} is required to cancel it. */
public record StatusRequest(@NotNull WorkshopStatus status, @Size(max = 1000) String reason) {
}
