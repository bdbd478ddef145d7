package de.norderstedt.go.platform.events.participants;

import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.model.ActionField;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The events on {@code go.participants.v1} and their data. None of them carries e-mail, phone,
 * district or age group; {@code displayName} is present only when the person chose to show it
 * publicly (otherwise it is null).
 */
public final class ParticipantEvents {

    private static final String AGGREGATE = "participant";

    public static final EventType<Registered> REGISTERED =
            EventType.of(Topics.PARTICIPANTS, AGGREGATE, "registered", 1, Registered.class);
    public static final EventType<Activated> ACTIVATED =
            EventType.of(Topics.PARTICIPANTS, AGGREGATE, "activated", 1, Activated.class);
    public static final EventType<Deactivated> DEACTIVATED =
            EventType.of(Topics.PARTICIPANTS, AGGREGATE, "deactivated", 1, Deactivated.class);
    public static final EventType<ProfileChanged> PROFILE_CHANGED =
            EventType.of(Topics.PARTICIPANTS, AGGREGATE, "profile-changed", 1, ProfileChanged.class);
    public static final EventType<ConsentAccepted> CONSENT_ACCEPTED =
            EventType.of(Topics.PARTICIPANTS, AGGREGATE, "consent-accepted", 1, ConsentAccepted.class);
    public static final EventType<RoleChanged> ROLE_CHANGED =
            EventType.of(Topics.PARTICIPANTS, AGGREGATE, "role-changed", 1, RoleChanged.class);
    public static final EventType<Erased> ERASED =
            EventType.of(Topics.PARTICIPANTS, AGGREGATE, "erased", 1, Erased.class);
    public static final EventType<CodeOfCooperationPublished> CODE_OF_COOPERATION_PUBLISHED =
            EventType.of(Topics.PARTICIPANTS, "code-of-cooperation", "published", 1, CodeOfCooperationPublished.class);

    /** The public face of a participant as other services may keep it in a projection. */
    public record PublicProfile(
            UUID participantId,
            String status,
            String type,
            String displayName,
            boolean displayNamePublic,
            Set<ActionField> interests) {
    }

    public record Registered(PublicProfile participant, String registrationChannel, Instant registeredAt) {
    }

    public record Activated(UUID participantId, int codeOfCooperationVersion, Instant activatedAt) {
    }

    /**
     * Left ACTIVE, and only then (a PENDING person paused by staff sends nothing; erasure is {@link Erased}):
     * {@code status} PENDING with {@code reason} NEW_CODE_OF_COOPERATION (must accept the new code
     * first), or INACTIVE with DEACTIVATED_BY_STAFF (paused by staff).
     */
    public record Deactivated(UUID participantId, String status, String reason, Instant deactivatedAt) {
    }

    public record ProfileChanged(PublicProfile participant, Instant changedAt) {
    }

    public record ConsentAccepted(UUID participantId, int codeOfCooperationVersion, Instant acceptedAt) {
    }

    /** {@code change} is GRANTED or REVOKED; {@code roles} the programme roles held afterwards. */
    public record RoleChanged(UUID participantId, String role, String change, List<String> roles, Instant changedAt) {
    }

    /** The person is gone: anonymize everything held about {@code participantId}. */
    public record Erased(UUID participantId, Instant erasedAt) {
    }

    public record CodeOfCooperationPublished(int version, String title, Instant publishedAt) {
    }

    private ParticipantEvents() {
    }
}
