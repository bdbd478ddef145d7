package de.norderstedt.go.participants.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token of the link that was mailed to an address to confirm it. */
public record VerificationRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "The token parameter of the link in the mail", example = "Zx3kq0VJ8mC2yq5u9WcH1nX0pLrT4aBfE6dGsJ7hKiM")
        String token) {
}
