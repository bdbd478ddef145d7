package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.model.SupportedIdea;
import de.norderstedt.go.platform.model.ActionField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

    /**
     * One page of the ideas a person supports, the newest support first: (support's created_at,
     * idea_id) descending, after ({@code afterTime}, {@code afterIdea}), or from the start when
     * {@code afterIdea} is null. {@code limit + 1} rows.
     */
    public List<SupportedIdea> ofParticipant(UUID participantId, Instant afterTime, UUID afterIdea, int limit) {
        return supported(participantId, afterTime, afterIdea, limit + 1);
    }

    /** Every idea a person supports, the newest support first (the person's export). */
    public List<SupportedIdea> allOfParticipant(UUID participantId) {
        return supported(participantId, null, null, null);
    }

    @SuppressWarnings("unchecked")
    private List<SupportedIdea> supported(UUID participantId, Instant afterTime, UUID afterIdea, Integer rows) {
        StringBuilder sql = new StringBuilder("""
                select s.idea_id, i.title, i.action_field, i.status, i.author_id, i.support_count, s.created_at
                from support s join idea i on i.id = s.idea_id
                where s.participant_id = :p""");
        if (afterIdea != null) {
            sql.append(" and (s.created_at, s.idea_id) < (:t, :id)");
        }
        sql.append(" order by s.created_at desc, s.idea_id desc");
        if (rows != null) {
            sql.append(" limit :n");
        }
        Query query = em.createNativeQuery(sql.toString()).setParameter("p", participantId);
        if (afterIdea != null) {
            query.setParameter("t", Timestamp.from(afterTime)).setParameter("id", afterIdea);
        }
        if (rows != null) {
            query.setParameter("n", rows);
        }
        List<Object[]> result = query.getResultList();
        return result.stream().map(r -> new SupportedIdea((UUID) r[0], (String) r[1], ActionField.valueOf((String) r[2]),
                IdeaStatus.valueOf((String) r[3]), (UUID) r[4], ((Number) r[5]).intValue(), Rows.instant(r[6]))).toList();
    }

    /** An erased person's supports still count once each, under the erasure's tombstone. */
    public void replaceSupporter(UUID participantId, UUID tombstone) {
        em.createNativeQuery("update support set participant_id = ?2 where participant_id = ?1")
                .setParameter(1, participantId).setParameter(2, tombstone).executeUpdate();
    }
}
