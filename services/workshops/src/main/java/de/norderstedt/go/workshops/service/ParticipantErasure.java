package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.directory.ParticipantErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/** An erased ambassador's registrations stay (the numbers of the event stay true) without pointing to them. */
@ApplicationScoped
public class ParticipantErasure {

    private final EntityManager em;

    public ParticipantErasure(EntityManager em) {
        this.em = em;
    }

    void onErased(@Observes ParticipantErased erased) {
        em.createNativeQuery("update registration set participant_id = null where participant_id = ?1")
                .setParameter(1, erased.participantId()).executeUpdate();
    }
}
