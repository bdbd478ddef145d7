package de.norderstedt.go.ideas.service;

import de.norderstedt.go.platform.directory.ParticipantErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * When a participant is erased, their ideas and comments stay (they belong to the programme) but
 * no longer point to them. Runs in the transaction that consumes the erased event.
 */
@ApplicationScoped
public class AuthorErasure {

    private final EntityManager em;

    public AuthorErasure(EntityManager em) {
        this.em = em;
    }

    void onErased(@Observes ParticipantErased erased) {
        em.createNativeQuery("update idea set author_id = null where author_id = ?1").setParameter(1, erased.participantId()).executeUpdate();
        em.createNativeQuery("update comment set author_id = null where author_id = ?1").setParameter(1, erased.participantId()).executeUpdate();
    }
}
