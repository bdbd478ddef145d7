package de.norderstedt.go.workshops.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration id or the short code of a confirmation. */
public record CheckInRequest(@NotBlank @Size(max = 40) String code) {
}
