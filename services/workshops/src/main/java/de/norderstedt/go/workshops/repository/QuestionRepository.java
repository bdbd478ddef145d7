package de.norderstedt.go.workshops.repository;

import de.norderstedt.go.workshops.model.Question;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, UUID> {

    /**
     * One page of a workshop's questions, most voted first, then the oldest, after the keyset
     * {@code (upvotes desc, createdAt, id)}; the approved and answered ones only, unless
     * {@code all}. Fetches {@code limit + 1} rows so the caller knows whether a next page exists.
     */
    public List<Question> page(UUID workshopId, boolean all, Integer afterUpvotes, Instant afterCreated, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("workshopId = :workshop");
        Map<String, Object> params = new HashMap<>();
        params.put("workshop", workshopId);
        if (!all) {
            where.append(" and status in (:approved, :answered)");
            params.put("approved", Question.Status.APPROVED);
            params.put("answered", Question.Status.ANSWERED);
        }
        if (afterId != null) {
            where.append(" and (upvotes < :afterUpvotes or (upvotes = :afterUpvotes and (createdAt > :afterCreated"
                    + " or (createdAt = :afterCreated and id > :afterId))))");
            params.put("afterUpvotes", afterUpvotes);
            params.put("afterCreated", afterCreated);
            params.put("afterId", afterId);
        }
        return find(where + " order by upvotes desc, createdAt, id", params).page(0, limit + 1).list();
    }

    /** How many questions of the workshop have each status (statuses without questions are absent). */
    public Map<Question.Status, Long> countByStatus(UUID workshopId) {
        Map<Question.Status, Long> counts = new LinkedHashMap<>();
        for (Object[] row : getEntityManager().createQuery(
                        "select q.status, count(q) from Question q where q.workshopId = ?1 group by q.status", Object[].class)
                .setParameter(1, workshopId).getResultList()) {
            counts.put((Question.Status) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Records one vote of {@code voter} and counts it, reading the question back; a voter who voted
     * before changes nothing.
     */
    public boolean vote(Question q, String voter) {
        int added = getEntityManager().createNativeQuery("insert into question_vote (question_id, voter) values (?1, ?2) on conflict do nothing")
                .setParameter(1, q.id).setParameter(2, voter).executeUpdate();
        if (added == 1) {
            getEntityManager().createNativeQuery("update question set upvotes = upvotes + 1 where id = ?1").setParameter(1, q.id).executeUpdate();
            getEntityManager().refresh(q);
        }
        return added == 1;
    }

    /**
     * One page of the questions a participant asked, newest first, after the keyset
     * {@code (createdAt desc, id desc)}; {@code limit + 1} rows.
     */
    public List<Question> pageOfParticipant(UUID participantId, Instant beforeCreated, UUID beforeId, int limit) {
        if (beforeId == null) {
            return find("participantId = ?1 order by createdAt desc, id desc", participantId).page(0, limit + 1).list();
        }
        return find("participantId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                participantId, beforeCreated, beforeId).page(0, limit + 1).list();
    }

    /** Every question a participant asked, newest first (their data export). */
    public List<Question> ofParticipant(UUID participantId) {
        return list("participantId = ?1 order by createdAt desc, id desc", participantId);
    }

    /**
     * The questions a participant voted for: votes are kept by account ({@code account:<subject>}),
     * and the participant directory knows the account of everyone who ever called this service.
     */
    @SuppressWarnings("unchecked")
    public List<Question> votedBy(UUID participantId) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        select v.question_id from question_vote v
                        join participant_ref p on v.voter = 'account:' || p.subject
                        where p.participant_id = ?1 and p.subject is not null""")
                .setParameter(1, participantId).getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by createdAt desc, id desc", ids);
    }

    /** An erased participant's questions stay without pointing to them. */
    public void forgetParticipant(UUID participantId) {
        getEntityManager().createNativeQuery("update question set participant_id = null where participant_id = ?1")
                .setParameter(1, participantId).executeUpdate();
    }

    /** The votes of {@code voter} count on under {@code standIn} (a vote still counts once). */
    public void replaceVoter(String voter, String standIn) {
        getEntityManager().createNativeQuery("update question_vote set voter = ?2 where voter = ?1")
                .setParameter(1, voter).setParameter(2, standIn).executeUpdate();
    }
}
