package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.repository.CodeOfCooperationRepository;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Staff pause a participant (INACTIVE) or resume them. */
@ApplicationScoped
public class ParticipantStatusService {

    /** The reason of the deactivated event when staff pause an active ambassador. */
    public static final String DEACTIVATED_BY_STAFF = "DEACTIVATED_BY_STAFF";

    private final CodeOfCooperationRepository codes;
    private final ParticipantLookup lookup;
    private final ParticipantEventPublisher events;

    public ParticipantStatusService(CodeOfCooperationRepository codes, ParticipantLookup lookup, ParticipantEventPublisher events) {
        this.codes = codes;
        this.lookup = lookup;
        this.events = events;
    }

    /**
     * Pauses a participant (INACTIVE) or resumes them: back to ACTIVE if they accepted the code in
     * force and their address is confirmed, else PENDING until both hold. A pending person becomes
     * active only by consent (and a confirmed address).
     */
    @Transactional
    public Participant changeStatus(UUID id, ParticipantStatus target) {
        Participant p = lookup.writable(id);
        if (!EnumSet.of(ParticipantStatus.ACTIVE, ParticipantStatus.INACTIVE).contains(target)) {
            throw ProblemException.invalid("status", "must be ACTIVE or INACTIVE; erasure has its own endpoint");
        }
        if (p.status == target) {
            return p;
        }
        Instant now = Timestamps.now();
        if (target == ParticipantStatus.INACTIVE) {
            boolean wasActive = p.status == ParticipantStatus.ACTIVE;
            p.status = ParticipantStatus.INACTIVE;
            p.updatedAt = now;
            if (wasActive) {
                events.deactivated(p, DEACTIVATED_BY_STAFF, now);
            }
            return p;
        }
        if (p.status == ParticipantStatus.PENDING) {
            throw ProblemException.conflict("A pending participant becomes active by accepting the code of cooperation",
                    List.of(ParticipantStatus.INACTIVE.name()));
        }
        int current = codes.current().map(c -> c.version).orElse(0);
        p.updatedAt = now;
        if (Objects.equals(p.acceptedCodeVersion, current) && p.emailVerified()) {
            p.status = ParticipantStatus.ACTIVE;
            events.activated(p, now);
        } else {
            p.status = ParticipantStatus.PENDING;
        }
        return p;
    }
}
