package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.AgeGroup;
import de.norderstedt.go.participants.model.District;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.model.ParticipantType;
import de.norderstedt.go.participants.model.RegistrationChannel;
import de.norderstedt.go.platform.model.ActionField;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A profile with personal data: for the person themselves and for staff only. */
@Schema(name = "PrivateProfile")
public record PrivateProfileResponse(
        UUID id,
        ParticipantStatus status,
        String displayName,
        boolean displayNamePublic,
        @Schema(description = "The confirmed address; null until the link sent to it was opened (or staff confirmed it)")
        String email,
        @Schema(description = "An address given but not confirmed yet: a mail to it holds the link that confirms it")
        String pendingEmail,
        @Schema(description = "Whether the address in email is confirmed") boolean emailVerified,
        @Schema(description = "Whether mail to the confirmed address was refused for good") boolean emailBounced,
        String phone,
        ParticipantType type,
        String organisationName,
        District district,
        AgeGroup ageGroup,
        String motivation,
        String background,
        Set<ActionField> interests,
        RegistrationChannel registrationChannel,
        @Schema(description = "Version of the code of cooperation accepted last; null if none") Integer acceptedCodeVersion,
        @Schema(description = "Programme roles granted by an admin (ambassador follows from status ACTIVE)") List<String> roles,
        boolean hasAccount,
        Instant registeredAt,
        Instant updatedAt) {

    public static PrivateProfileResponse of(Participant p) {
        return new PrivateProfileResponse(p.id, p.status, p.displayName, p.displayNamePublic, p.email, p.pendingEmail,
                p.emailVerified(), p.emailBouncedAt != null, p.phone, p.type,
                p.organisationName, p.district, p.ageGroup, p.motivation, p.background, p.interests(),
                p.registrationChannel, p.acceptedCodeVersion,
                p.roles.stream().map(g -> g.role).sorted().toList(),
                p.subject != null, p.registeredAt, p.updatedAt);
    }
}
