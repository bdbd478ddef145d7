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
