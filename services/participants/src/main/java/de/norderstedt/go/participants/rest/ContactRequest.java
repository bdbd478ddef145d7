package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.service.ContactDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A public programme contact: a role and its office's channels (not a person's own address). */
public record ContactRequest(
        @NotBlank @Size(max = 120) @Schema(example = "Chief Digital Officer") String role,
        @NotBlank @Size(max = 120) @Schema(example = "Stadt Norderstedt") String organisation,
        @Email @Size(max = 254) String publicEmail,
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()/-]*$", message = "may contain only digits, spaces and + ( ) / -") String publicPhone,
        @PositiveOrZero Integer sortOrder) {

    public ContactDetails toDetails() {
        return new ContactDetails(role, organisation, publicEmail, publicPhone, sortOrder);
    }
}
