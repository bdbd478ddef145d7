package de.norderstedt.go.ideas.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The supports of ideas (table {@code support}: one row per person and idea, no entity of its
 * own) and the count kept on the idea. The primary key decides whether a support is new, and the
 * count moves in the database, so concurrent clicks can neither lose nor double it.
 */
@ApplicationScoped
public class SupportRepository {

    private final EntityManager em;

    public SupportRepository(EntityManager em) {
        this.em = em;
    }

    /** True if the support is new; false if the person already supported the idea. */
    public boolean add(UUID ideaId, UUID participantId, Instant at) {
        return em.createNativeQuery("insert into support (idea_id, participant_id, created_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, ideaId).setParameter(2, participantId).setParameter(3, Timestamp.from(at)).executeUpdate() > 0;
    }

    /** True if there was a support to remove. */
    public boolean remove(UUID ideaId, UUID participantId) {
        return em.createNativeQuery("delete from support where idea_id = ?1 and participant_id = ?2")
                .setParameter(1, ideaId).setParameter(2, participantId).executeUpdate() > 0;
    }

    /** Moves the idea's count by {@code delta} in the database and answers the new count. */
    public int adjustCount(UUID ideaId, int delta) {
        Object count = em.createNativeQuery("update idea set support_count = support_count + ?1, version = version + 1 where id = ?2 returning support_count")
                .setParameter(1, delta).setParameter(2, ideaId).getSingleResult();
        return ((Number) count).intValue();
    }

    /** Moves every support of {@code fromIdea} to {@code intoIdea}; who supported both counts once. */
    public void move(UUID fromIdea, UUID intoIdea) {
        em.createNativeQuery("""
                        insert into support (idea_id, participant_id, created_at)
                        select ?1, participant_id, created_at from support where idea_id = ?2
                        on conflict do nothing""")
                .setParameter(1, intoIdea).setParameter(2, fromIdea).executeUpdate();
        em.createNativeQuery("delete from support where idea_id = ?1").setParameter(1, fromIdea).executeUpdate();
    }

    public int count(UUID ideaId) {
        return ((Number) em.createNativeQuery("select count(*) from support where idea_id = ?1")
                .setParameter(1, ideaId).getSingleResult()).intValue();
    }

    /** An erased person's supports still count once each, under the erasure's tombstone. */
    public void replaceSupporter(UUID participantId, UUID tombstone) {
        em.createNativeQuery("update support set participant_id = ?2 where participant_id = ?1")
                .setParameter(1, participantId).setParameter(2, tombstone).executeUpdate();
    }
}
