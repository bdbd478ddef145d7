package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
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
 * Consent to the code of cooperation: accepting the version in force makes a pending person an
 * active ambassador; a new version makes every active ambassador pending until they accept it.
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

    public ConsentService(ParticipantRepository participants, CodeOfCooperationRepository codes, ConsentRepository consents,
                          ParticipantLookup lookup, ParticipantEventPublisher events) {
        this.participants = participants;
        this.codes = codes;
        this.consents = consents;
        this.lookup = lookup;
        this.events = events;
    }

    /**
     * Records acceptance of the current code of cooperation and activates a pending participant.
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
        events.consentAccepted(p, version, now);
        if (p.status == ParticipantStatus.PENDING) {
            p.status = ParticipantStatus.ACTIVE;
            events.activated(p, now);
        }
        return p;
    }

    /** After a new code of cooperation: every active ambassador must accept again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requireNewConsent(int newVersion) {
        Instant now = Timestamps.now();
        List<Participant> active = participants.active();
        for (Participant p : active) {
            if (!Objects.equals(p.acceptedCodeVersion, newVersion)) {
                p.status = ParticipantStatus.PENDING;
                p.updatedAt = now;
                events.deactivated(p, NEW_CODE_OF_COOPERATION, now);
            }
        }
        return active.size();
    }
}
