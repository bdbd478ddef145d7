package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.model.ParticipantType;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The public directory: only active ambassadors who chose to be shown. */
@ApplicationScoped
public class AmbassadorDirectory {

    private final ParticipantRepository participants;

    public AmbassadorDirectory(ParticipantRepository participants) {
        this.participants = participants;
    }

    /**
     * One page ordered by name, after the keyset {@code (displayName, id)}, optionally of one
     * interest and one type: {@code limit + 1} rows, the last only telling that there is more.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Participant> page(ActionField interest, ParticipantType type, String afterName, UUID afterId, int limit) {
        return participants.directoryPage(interest, type, afterName, afterId, limit);
    }

    /** One ambassador of the directory; 404 unless they are active and chose to be shown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant ambassador(UUID id) {
        return participants.findByIdOptional(id)
                .filter(p -> p.status == ParticipantStatus.ACTIVE && p.displayNamePublic)
                .orElseThrow(() -> ProblemException.notFound("Ambassador", id));
    }
}
