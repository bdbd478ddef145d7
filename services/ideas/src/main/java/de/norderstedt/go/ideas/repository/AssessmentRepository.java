package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.ideas.model.GivenAssessment;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.platform.repository.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The reviewers' assessments of ideas (table {@code assessment}: one row per idea and reviewer, no entity). */
@ApplicationScoped
public class AssessmentRepository {

    /** One reviewer's assessment as stored; {@code scores} is the JSON object of the scores per criterion. */
    public record Row(String scores, BigDecimal weightedScore, List<UUID> goalIds, Boolean withinInfluence,
                      String recommendedHorizon) {
    }

    private final EntityManager em;

    public AssessmentRepository(EntityManager em) {
        this.em = em;
    }

    /** Records the reviewer's assessment of the idea, replacing their earlier one. */
    public void save(UUID ideaId, String reviewer, String scoresJson, BigDecimal weightedScore, List<UUID> goalIds,
                     Boolean withinInfluence, String recommendedHorizon, String note, Instant at) {
        em.createNativeQuery("""
                        insert into assessment (idea_id, reviewer, scores, weighted_score, goal_ids, within_influence, recommended_horizon, note, assessed_at)
                        values (?1, ?2, cast(?3 as jsonb), ?4, cast(?5 as uuid[]), ?6, ?7, ?8, ?9)
                        on conflict (idea_id, reviewer) do update set scores = excluded.scores, weighted_score = excluded.weighted_score,
                            goal_ids = excluded.goal_ids, within_influence = excluded.within_influence,
                            recommended_horizon = excluded.recommended_horizon, note = excluded.note, assessed_at = excluded.assessed_at""")
                .setParameter(1, ideaId).setParameter(2, reviewer).setParameter(3, scoresJson)
                .setParameter(4, weightedScore)
                .setParameter(5, SqlArrays.literal(goalIds == null ? List.of() : goalIds))
                .setParameter(6, withinInfluence)
                .setParameter(7, recommendedHorizon)
                .setParameter(8, note)
                .setParameter(9, Timestamp.from(at))
                .executeUpdate();
    }

    /** Every reviewer's assessment of the idea. */
    @SuppressWarnings("unchecked")
    public List<Row> ofIdea(UUID ideaId) {
        List<Object[]> rows = em.createNativeQuery(
                        "select scores::text, weighted_score, goal_ids, within_influence, recommended_horizon from assessment where idea_id = ?1")
                .setParameter(1, ideaId).getResultList();
        return rows.stream().map(r -> new Row((String) r[0], (BigDecimal) r[1], SqlArrays.uuids(r[2]), (Boolean) r[3],
                (String) r[4])).toList();
    }

    /**
     * Every assessment the participant wrote as a reviewer, the newest first, each with its idea (the
     * person's export). Assessments record the reviewer's account: it is matched through the
     * participant directory, which knows the account of everyone who has called this service.
     */
    @SuppressWarnings("unchecked")
    public List<GivenAssessment> byParticipant(UUID participantId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select a.idea_id, i.title, i.status, i.author_id, a.scores::text, a.weighted_score, a.goal_ids,
                               a.within_influence, a.recommended_horizon, a.note, a.assessed_at
                        from assessment a
                        join idea i on i.id = a.idea_id
                        join participant_ref p on p.subject = a.reviewer
                        where p.participant_id = ?1
                        order by a.assessed_at desc, a.idea_id desc""")
                .setParameter(1, participantId).getResultList();
        return rows.stream().map(r -> new GivenAssessment((UUID) r[0], (String) r[1], IdeaStatus.valueOf((String) r[2]),
                (UUID) r[3], (String) r[4], (BigDecimal) r[5], SqlArrays.uuids(r[6]), (Boolean) r[7], (String) r[8],
                (String) r[9], Rows.instant(r[10]))).toList();
    }

    /** Where an erased person's account is recorded as a reviewer, the tombstone account replaces it. */
    public void replaceReviewer(String subject, String tombstoneAccount) {
        em.createNativeQuery("update assessment set reviewer = ?2 where reviewer = ?1")
                .setParameter(1, subject).setParameter(2, tombstoneAccount).executeUpdate();
    }
}
