package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.Candidate;
import de.norderstedt.go.roadmap.model.CandidateState;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The candidates as go.ideas.v1 brings them: written with native upserts (an assessment may
 * arrive before the classification, or after it), read as {@link Candidate}s.
 */
@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    /**
     * One page of the open candidates but those in {@code taken}, best score first (no score last),
     * then by title and idea, after the keyset {@code (score, title, ideaId)}; fetches {@code limit + 1} rows.
     * {@code after} is false for the first page; a null {@code afterScore} then means the previous
     * page ended among the candidates without a score.
     */
    public List<Candidate> openPage(Collection<UUID> taken, boolean after, BigDecimal afterScore, String afterTitle, UUID afterId,
                                    int limit) {
        StringBuilder jpql = new StringBuilder("from Candidate c where c.state = :open");
        if (!taken.isEmpty()) {
            jpql.append(" and c.ideaId not in :taken");
        }
        if (after) {
            String rest = "(c.title > :afterTitle or (c.title = :afterTitle and c.ideaId > :afterId))";
            jpql.append(afterScore == null
                    ? " and c.score is null and " + rest
                    : " and (c.score < :afterScore or c.score is null or (c.score = :afterScore and " + rest + "))");
        }
        var query = getEntityManager().createQuery(jpql + " order by c.score desc nulls last, c.title, c.ideaId", Candidate.class)
                .setParameter("open", CandidateState.OPEN);
        if (!taken.isEmpty()) {
            query.setParameter("taken", taken);
        }
        if (after) {
            query.setParameter("afterTitle", afterTitle).setParameter("afterId", afterId);
            if (afterScore != null) {
                query.setParameter("afterScore", afterScore);
            }
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    public Optional<Candidate> open(UUID ideaId) {
        return getEntityManager().createQuery("from Candidate c where c.state = ?1 and c.ideaId = ?2", Candidate.class)
                .setParameter(1, CandidateState.OPEN).setParameter(2, ideaId).getResultStream().findFirst();
    }

    /** The idea as a classification brought it, in the state that classification means. */
    public void upsertIdea(UUID ideaId, String title, String description, String actionField, String classification, CandidateState state) {
        getEntityManager().createNativeQuery("""
                        insert into candidate (idea_id, title, description, action_field, classification, state, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now())
                        on conflict (idea_id) do update set title = excluded.title, description = excluded.description,
                            action_field = excluded.action_field, classification = excluded.classification, state = excluded.state,
                            merged_into = null, updated_at = now()""")
                .setParameter(1, ideaId).setParameter(2, title).setParameter(3, description).setParameter(4, actionField)
                .setParameter(5, classification).setParameter(6, state.name()).executeUpdate();
    }

    public void setScore(UUID ideaId, BigDecimal score) {
        getEntityManager().createNativeQuery("update candidate set score = ?2 where idea_id = ?1")
                .setParameter(1, ideaId).setParameter(2, score).executeUpdate();
    }

    /** Title, text and field of an idea already known here (an idea not known yet stays unknown). */
    public void updateIdea(UUID ideaId, String title, String description, String actionField) {
        getEntityManager().createNativeQuery("update candidate set title = ?2, description = ?3, action_field = ?4, updated_at = now() where idea_id = ?1")
                .setParameter(1, ideaId).setParameter(2, title).setParameter(3, description).setParameter(4, actionField)
                .executeUpdate();
    }

    /** Score and goals of an assessment; an idea not known yet is kept as not classified. */
    public void upsertAssessment(UUID ideaId, BigDecimal score, String goalIdsJson) {
        getEntityManager().createNativeQuery("""
                        insert into candidate (idea_id, score, goal_ids, state, updated_at) values (?1, ?2, cast(?3 as jsonb), 'NOT_CLASSIFIED', now())
                        on conflict (idea_id) do update set score = excluded.score, goal_ids = excluded.goal_ids, updated_at = now()""")
                .setParameter(1, ideaId).setParameter(2, score).setParameter(3, goalIdsJson).executeUpdate();
    }

    public void setState(UUID ideaId, CandidateState state, UUID mergedInto) {
        getEntityManager().createNativeQuery("update candidate set state = ?2, merged_into = ?3, updated_at = now() where idea_id = ?1")
                .setParameter(1, ideaId).setParameter(2, state.name()).setParameter(3, mergedInto).executeUpdate();
    }
}
