package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.messaging.ParticipantMailer;
import de.norderstedt.go.participants.model.CodeOfCooperation;
import de.norderstedt.go.participants.model.Consent;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.repository.CodeOfCooperationRepository;
import de.norderstedt.go.participants.repository.ConsentRepository;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Consent to the code of cooperation: accepting the version in force makes a pending person with a
 * confirmed address an active ambassador; a new version makes every active ambassador pending until
 * they accept it.
 */
@ApplicationScoped
public class ConsentService {

    /** The reason of the deactivated event when a new code of cooperation needs a new consent. */
    public static final String NEW_CODE_OF_COOPERATION = "NEW_CODE_OF_COOPERATION";

    private final ParticipantRepository participants;
    private final CodeOfCooperationRepository codes;
    private final ConsentRepository consents;
    private final ParticipantLookup lookup;
    private final ParticipantEventPublisher events;
    private final ParticipantMailer mailer;

    public ConsentService(ParticipantRepository participants, CodeOfCooperationRepository codes, ConsentRepository consents,
                          ParticipantLookup lookup, ParticipantEventPublisher events, ParticipantMailer mailer) {
        this.participants = participants;
        this.codes = codes;
        this.consents = consents;
        this.lookup = lookup;
        this.events = events;
        this.mailer = mailer;
    }

    /**
     * Records acceptance of the current code of cooperation and activates a pending participant
     * whose address is confirmed (one who accepts before confirming it stays PENDING until then).
     * Accepting an outdated version is a conflict: people must agree to what is in force.
     * {@code recordedBy} is {@link RegistrationService#SELF} or the staff member who took a signed paper form.
     */
    @Transactional
    public Participant accept(UUID id, int version, String recordedBy) {
        Participant p = lookup.writable(id);
        CodeOfCooperation current = codes.current().orElseThrow(() -> ProblemException.conflict("No code of cooperation is published"));
        if (version != current.version) {
            throw ProblemException.conflict("Only the current version " + current.version + " can be accepted",
                    List.of(Integer.toString(current.version)));
        }
        if (p.status == ParticipantStatus.INACTIVE) {
            throw ProblemException.conflict("This participant is inactive; the programme team can reactivate them");
        }
        Instant now = Timestamps.now();
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.participantId = p.id;
        consent.codeVersion = version;
        consent.acceptedAt = now;
        consent.recordedBy = recordedBy;
        consents.persist(consent);
        p.acceptedCodeVersion = version;
        p.updatedAt = now;
        // Nothing is published about a registration before its address is confirmed; the
        // confirmation announces the consents given until then.
        if (p.emailVerifiedAt != null) {
            events.consentAccepted(p, version, now);
        }
        activateIfAgreed(p, now);
        return p;
    }

    /**
     * A pending participant becomes ACTIVE once both hold: the address is confirmed and the code in
     * force is accepted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void activateIfAgreed(Participant p, Instant now) {
        if (p.status != ParticipantStatus.PENDING || !p.emailVerified()) {
            return;
        }
        int current = codes.current().map(c -> c.version).orElse(0);
        if (Objects.equals(p.acceptedCodeVersion, current)) {
            p.status = ParticipantStatus.ACTIVE;
            p.updatedAt = now;
            events.activated(p, now);
        }
    }

    /**
     * After a new code of cooperation: every active ambassador must accept again, and hears of it by
     * mail where their confirmed address takes mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requireNewConsent(CodeOfCooperation code) {
        Instant now = Timestamps.now();
        List<Participant> active = participants.active();
        for (Participant p : active) {
            if (!Objects.equals(p.acceptedCodeVersion, code.version)) {
                p.status = ParticipantStatus.PENDING;
                p.updatedAt = now;
                events.deactivated(p, NEW_CODE_OF_COOPERATION, now);
                if (p.reachable()) {
                    mailer.newCode(p, code);
                }
            }
        }
        return active.size();
    }
}
