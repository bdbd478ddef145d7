package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantType;
import de.norderstedt.go.platform.model.ActionField;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;
import java.util.UUID;

/** What the website may show of an ambassador who chose to be shown. No personal data. */
@Schema(name = "PublicProfile")
public record PublicProfileResponse(
        UUID id,
        @Schema(example = "Kim Beispiel") String displayName,
        ParticipantType type,
        @Schema(description = "Only for companies, organisations and institutions, never for private citizens")
        String organisationName,
        Set<ActionField> interests,
        String motivation) {

    public static PublicProfileResponse of(Participant p) {
        return new PublicProfileResponse(p.id, p.publicDisplayName(), p.type,
                p.type == ParticipantType.CITIZEN ? null : p.organisationName, p.interests(), p.motivation);
    }
}
