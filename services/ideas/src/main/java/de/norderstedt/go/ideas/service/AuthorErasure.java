package de.norderstedt.go.ideas.service;

import de.norderstedt.go.platform.directory.ParticipantErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * When a participant is erased, their ideas and comments stay (they belong to the programme) but
 * no longer point to them; their supports and comment reports still count once each, under the
 * erasure's tombstone; where their account is recorded (status changes, assessments, moderation,
 * imports) the tombstone replaces it. Runs in the transaction that consumes the erased event.
 */
@ApplicationScoped
public class AuthorErasure {

    private final EntityManager em;

    public AuthorErasure(EntityManager em) {
        this.em = em;
    }

    void onErased(@Observes ParticipantErased erased) {
        update("update idea set author_id = null where author_id = ?1", erased.participantId(), null);
        update("update comment set author_id = null where author_id = ?1", erased.participantId(), null);
        update("update support set participant_id = ?2 where participant_id = ?1", erased.participantId(), erased.tombstone());
        update("update comment_report set reporter = ?2 where reporter = ?1", erased.participantId(), erased.tombstone());
        if (erased.subject() != null) {
            String account = erased.tombstoneAccount();
            update("update idea_status_change set actor = ?2 where actor = ?1", erased.subject(), account);
            update("update assessment set reviewer = ?2 where reviewer = ?1", erased.subject(), account);
            update("update comment set hidden_by = ?2 where hidden_by = ?1", erased.subject(), account);
            update("update idea_import set imported_by = ?2 where imported_by = ?1", erased.subject(), account);
        }
    }

    private void update(String sql, Object who, Object replacement) {
        var query = em.createNativeQuery(sql).setParameter(1, who);
        if (replacement != null) {
            query.setParameter(2, replacement);
        }
        query.executeUpdate();
    }
}
