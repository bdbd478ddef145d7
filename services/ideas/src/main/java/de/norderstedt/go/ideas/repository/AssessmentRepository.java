package de.norderstedt.go.ideas.repository;

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

    /** Where an erased person's account is recorded as a reviewer, the tombstone account replaces it. */
    public void replaceReviewer(String subject, String tombstoneAccount) {
        em.createNativeQuery("update assessment set reviewer = ?2 where reviewer = ?1")
                .setParameter(1, subject).setParameter(2, tombstoneAccount).executeUpdate();
    }
}
