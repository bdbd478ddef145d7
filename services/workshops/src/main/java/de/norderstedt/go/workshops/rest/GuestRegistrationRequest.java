package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.model.Mode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A guest registering for a public event. */
public record GuestRegistrationRequest(@NotBlank @Size(max = 120) String name, @NotBlank @Email @Size(max = 254) String email,
                                       @NotNull Mode mode) {
}
