package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.model.Mode;
import jakarta.validation.constraints.NotNull;

/** An ambassador registering themselves, on site or online. */
public record RegistrationRequest(@NotNull Mode mode) {
}
