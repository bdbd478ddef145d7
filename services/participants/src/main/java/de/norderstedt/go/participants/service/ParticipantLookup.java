package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.directory.DirectoryEntry;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Finds participants: by id or account for the person and staff, a page for staff, the directory entry for other services. */
@ApplicationScoped
public class ParticipantLookup {

    private final ParticipantRepository participants;

    public ParticipantLookup(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Participant> findBySubject(String subject) {
        return participants.findBySubject(subject);
    }

    /** The caller's own registration; 404 if the account has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant bySubject(String subject) {
        return participants.findBySubject(subject).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "You are not registered yet; register with POST /api/participants/me"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant get(UUID id) {
        return participants.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Participant", id));
    }

    /** A participant that may still be changed: 404 if there is none, 409 once erased. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant writable(UUID id) {
        Participant p = get(id);
        if (p.status == ParticipantStatus.ERASED) {
            throw ProblemException.conflict("This participant was erased");
        }
        return p;
    }

    /**
     * One page of all registrations for staff, newest first, after the keyset
     * {@code (registeredAt, id)}: {@code limit + 1} rows, the last only telling that there is more.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Participant> staffPage(ParticipantStatus status, Instant afterTime, UUID afterId, int limit) {
        return participants.staffPage(status, afterTime, afterId, limit);
    }

    /**
     * What another service may know of the person behind {@code subject} (internal lookup): id,
     * status, public name and granted roles, nothing personal.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DirectoryEntry> directoryEntry(String subject) {
        return participants.findBySubject(subject).map(p -> new DirectoryEntry(p.id, p.status.name(), p.publicDisplayName(),
                p.roles.stream().map(g -> g.role).collect(Collectors.toSet())));
    }
}
