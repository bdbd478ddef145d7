package de.norderstedt.go.participants.messaging;

import de.norderstedt.go.participants.model.CodeOfCooperation;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * Turns participant changes into events on {@code go.participants.v1}, through the outbox of the
 * current transaction. The only place that decides what of a participant goes into events:
 * public fields only, never e-mail, phone, district or age group. A self-registration is announced
 * ({@link #registered}) only once its address is confirmed; nothing is published about it before.
 */
@ApplicationScoped
public class ParticipantEventPublisher {

    private final Outbox outbox;

    public ParticipantEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Participant p) {
        outbox.publish(ParticipantEvents.REGISTERED, p.id,
                new ParticipantEvents.Registered(publicProfile(p), p.registrationChannel.name(), p.registeredAt));
    }

    public void consentAccepted(Participant p, int version, Instant at) {
        outbox.publish(ParticipantEvents.CONSENT_ACCEPTED, p.id, new ParticipantEvents.ConsentAccepted(p.id, version, at));
    }

    public void activated(Participant p, Instant at) {
        outbox.publish(ParticipantEvents.ACTIVATED, p.id,
                new ParticipantEvents.Activated(p.id, p.acceptedCodeVersion == null ? 0 : p.acceptedCodeVersion, at));
    }

    public void deactivated(Participant p, String reason, Instant at) {
        outbox.publish(ParticipantEvents.DEACTIVATED, p.id,
                new ParticipantEvents.Deactivated(p.id, p.status.name(), reason, at));
    }

    public void profileChanged(Participant p) {
        outbox.publish(ParticipantEvents.PROFILE_CHANGED, p.id, new ParticipantEvents.ProfileChanged(publicProfile(p), p.updatedAt));
    }

    public void roleChanged(Participant p, String role, boolean granted, Instant at) {
        outbox.publish(ParticipantEvents.ROLE_CHANGED, p.id, new ParticipantEvents.RoleChanged(p.id, role,
                granted ? "GRANTED" : "REVOKED", p.roles.stream().map(g -> g.role).sorted().toList(), at));
    }

    public void erased(Participant p) {
        outbox.publish(ParticipantEvents.ERASED, p.id, new ParticipantEvents.Erased(p.id, p.erasedAt));
    }

    /**
     * A registration that was never announced is gone, merged into the staff record it claimed: told
     * as erased, so that a service which looked up the account's participant id forgets that id and
     * asks again (it then learns the claimed record's id).
     */
    public void discarded(UUID participantId, Instant at) {
        outbox.publish(ParticipantEvents.ERASED, participantId, new ParticipantEvents.Erased(participantId, at));
    }

    public void codeOfCooperationPublished(CodeOfCooperation code) {
        outbox.publish(ParticipantEvents.CODE_OF_COOPERATION_PUBLISHED, code.version,
                new ParticipantEvents.CodeOfCooperationPublished(code.version, code.title, code.publishedAt));
    }

    public static ParticipantEvents.PublicProfile publicProfile(Participant p) {
        return new ParticipantEvents.PublicProfile(p.id, p.status.name(), p.type.name(), p.publicDisplayName(),
                p.displayNamePublic, p.interests());
    }
}
