package de.norderstedt.go.participants.repository;

import de.norderstedt.go.participants.model.Consent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public List<Consent> ofParticipant(UUID participantId) {
        return list("participantId = ?1 order by acceptedAt", participantId);
    }

    /** Hands every consent of one participant record over to another (a registration that claims a staff record). */
    public int moveTo(UUID fromParticipant, UUID toParticipant) {
        return update("participantId = ?1 where participantId = ?2", toParticipant, fromParticipant);
    }
}
