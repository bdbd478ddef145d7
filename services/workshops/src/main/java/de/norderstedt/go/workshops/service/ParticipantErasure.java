package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.directory.ParticipantErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * An erased ambassador's registrations and questions stay (the numbers and the questions of the
 * event stay true) without pointing to them; in breakout groups and among question votes the
 * erasure's tombstone stands in for them (groups keep their size, a vote still counts once).
 */
@ApplicationScoped
public class ParticipantErasure {

    private final EntityManager em;

    public ParticipantErasure(EntityManager em) {
        this.em = em;
    }

    void onErased(@Observes ParticipantErased erased) {
        em.createNativeQuery("update registration set participant_id = null where participant_id = ?1")
                .setParameter(1, erased.participantId()).executeUpdate();
        em.createNativeQuery("update question set participant_id = null where participant_id = ?1")
                .setParameter(1, erased.participantId()).executeUpdate();
        String member = "\"" + erased.participantId() + "\"";
        em.createNativeQuery("""
                        update workshop set breakout_groups = replace(breakout_groups::text, ?1, ?2)::jsonb
                        where breakout_groups::text like ?3""")
                .setParameter(1, member).setParameter(2, "\"" + erased.tombstone() + "\"").setParameter(3, "%" + member + "%")
                .executeUpdate();
        if (erased.subject() != null) {
            em.createNativeQuery("update question_vote set voter = ?2 where voter = ?1")
                    .setParameter(1, "account:" + erased.subject()).setParameter(2, erased.tombstoneAccount()).executeUpdate();
        }
    }
}
