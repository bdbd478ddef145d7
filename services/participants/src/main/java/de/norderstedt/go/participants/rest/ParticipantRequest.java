package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.AgeGroup;
import de.norderstedt.go.participants.model.District;
import de.norderstedt.go.participants.model.ParticipantType;
import de.norderstedt.go.participants.model.RegistrationChannel;
import de.norderstedt.go.participants.service.ParticipantDetails;
import de.norderstedt.go.platform.model.ActionField;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/**
 * What a person tells about themselves when registering or updating their profile. E-mail, phone,
 * district and age group are personal data: they never appear in public responses or events.
 */
@Schema(name = "ParticipantRequest")
public record ParticipantRequest(
        @NotBlank @Size(max = 80)
        @Schema(example = "Kim Beispiel", description = "Shown publicly only if displayNamePublic is true")
        String displayName,

        @NotBlank @Email @Size(max = 254)
        @Schema(example = "kim.beispiel@example.org")
        String email,

        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()/-]*$", message = "may contain only digits, spaces and + ( ) / -")
        @Schema(example = "+49 40 1234567")
        String phone,

        @NotNull
        ParticipantType type,

        @Size(max = 200)
        @Schema(example = "Bäckerei Beispiel GmbH")
        String organisationName,

        District district,

        AgeGroup ageGroup,

        @Size(max = 2000)
        @Schema(example = "Ich möchte, dass Norderstedt für alle Generationen digital erreichbar wird.")
        String motivation,

        @Size(max = 2000)
        String background,

        @Size(max = 4)
        Set<@NotNull ActionField> interests,

        @Schema(description = "Whether the display name (and the profile) may be shown on the website", defaultValue = "false")
        Boolean displayNamePublic,

        @Schema(description = "Only read on registration; WEBSITE for self-service, DIRECT_CONTACT by default when staff enter someone")
        RegistrationChannel registrationChannel) {

    public ParticipantDetails toDetails() {
        return new ParticipantDetails(displayName, email, phone, type, organisationName, district, ageGroup, motivation,
                background, interests, displayNamePublic, registrationChannel);
    }
}
