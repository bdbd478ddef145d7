package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read side of ideas: filtered, sorted, keyset-paged lists with German full-text search, the
 * wall, similar ideas (trigram and full-text) and duplicate candidates. Native SQL, because the
 * indexes it is built for (GIN on the search vector and on trigrams, btree per sort order) are
 * PostgreSQL's own.
 */
@ApplicationScoped
public class IdeaQueries {

    public enum Sort { NEWEST, SUPPORTS, SCORE, RELEVANCE }

    public record Filter(ActionField actionField, IdeaKind kind, Collection<IdeaStatus> statuses, UUID workshopId,
                         String tag, Classification classification, Boolean withinInfluence, String query) {
    }

    private final EntityManager em;

    public IdeaQueries(EntityManager em) {
        this.em = em;
    }

    /** One page, {@code limit + 1} rows (see Page.of); {@code after} is a decoded cursor or null. */
    @SuppressWarnings("unchecked")
    public List<Idea> page(Filter filter, Sort sort, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select i.* from idea i where i.status in (:statuses)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        if (filter.actionField() != null) {
            sql.append(" and i.action_field = :field");
            params.put("field", filter.actionField().name());
        }
        if (filter.kind() != null) {
            sql.append(" and i.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.workshopId() != null) {
            sql.append(" and i.workshop_id = :workshop");
            params.put("workshop", filter.workshopId());
        }
        if (filter.tag() != null) {
            sql.append(" and i.tags @> array[cast(:tag as text)]");
            params.put("tag", filter.tag().toLowerCase());
        }
        if (filter.classification() != null) {
            sql.append(" and i.classification = :classification");
            params.put("classification", filter.classification().name());
        }
        if (filter.withinInfluence() != null) {
            sql.append(" and i.within_influence = :influence");
            params.put("influence", filter.withinInfluence());
        }
        boolean searching = filter.query() != null;
        String rank = "ts_rank_cd(i.search, websearch_to_tsquery('german', :q))";
        if (searching) {
            sql.append(" and i.search @@ websearch_to_tsquery('german', :q)");
            params.put("q", filter.query());
        }
        switch (sort) {
            case NEWEST -> {
                if (after != null) {
                    sql.append(" and (i.created_at, i.id) < (:t, :id)");
                    params.put("t", Timestamp.from(after.instant(0)));
                    params.put("id", after.uuid(1));
                }
                sql.append(" order by i.created_at desc, i.id desc");
            }
            case SUPPORTS -> {
                if (after != null) {
                    sql.append(" and (i.support_count, i.id) < (:n, :id)");
                    params.put("n", after.integer(0));
                    params.put("id", after.uuid(1));
                }
                sql.append(" order by i.support_count desc, i.id desc");
            }
            case SCORE -> {
                sql.append(" and i.score is not null");
                if (after != null) {
                    sql.append(" and (i.score, i.id) < (:s, :id)");
                    params.put("s", after.decimal(0));
                    params.put("id", after.uuid(1));
                }
                sql.append(" order by i.score desc, i.id desc");
            }
            case RELEVANCE -> {
                if (!searching) {
                    throw ProblemException.invalid("sort", "RELEVANCE needs a search text (?q=)");
                }
                if (after != null) {
                    sql.append(" and (" + rank + ", i.id) < (cast(:r as real), :id)");
                    params.put("r", after.real(0));
                    params.put("id", after.uuid(1));
                }
                sql.append(" order by " + rank + " desc, i.id desc");
            }
        }
        sql.append(" limit :limit");
        params.put("limit", limit + 1);
        Query query = em.createNativeQuery(sql.toString(), Idea.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The cursor of an idea's position in the given sort order. */
    public Cursor cursorOf(Idea idea, Sort sort, String q) {
        return switch (sort) {
            case NEWEST -> Cursor.of(idea.createdAt, idea.id);
            case SUPPORTS -> Cursor.of(idea.supportCount, idea.id);
            case SCORE -> Cursor.of(idea.score, idea.id);
            case RELEVANCE -> Cursor.of(((Number) em.createNativeQuery(
                            "select ts_rank_cd(search, websearch_to_tsquery('german', ?1)) from idea where id = ?2")
                    .setParameter(1, q).setParameter(2, idea.id).getSingleResult()).floatValue(), idea.id);
        };
    }

    public record FieldCount(ActionField actionField, IdeaStatus status, long count) {
    }

    @SuppressWarnings("unchecked")
    public List<FieldCount> wallCounts(Collection<IdeaStatus> statuses) {
        List<Object[]> rows = em.createNativeQuery(
                        "select action_field, status, count(*) from idea where status in (:s) group by action_field, status")
                .setParameter("s", statuses.stream().map(Enum::name).toList()).getResultList();
        return rows.stream().map(r -> new FieldCount(ActionField.valueOf((String) r[0]), IdeaStatus.valueOf((String) r[1]),
                ((Number) r[2]).longValue())).toList();
    }

    /** The newest {@code perField} ideas of every action field, in one query. */
    @SuppressWarnings("unchecked")
    public List<Idea> wallIdeas(Collection<IdeaStatus> statuses, int perField) {
        return em.createNativeQuery("""
                        select * from (
                            select i.*, row_number() over (partition by action_field order by created_at desc, id desc) as rn
                            from idea i where status in (:s)) ranked
                        where rn <= :n order by action_field, created_at desc, id desc""", Idea.class)
                .setParameter("s", statuses.stream().map(Enum::name).toList()).setParameter("n", perField).getResultList();
    }

    public record Similar(UUID id, String title, ActionField actionField, IdeaStatus status, int supportCount, double similarity) {
    }

    /**
     * Ideas that look like {@code text}: title trigram similarity, or any shared German word stem,
     * best first. What the website shows while someone types a new idea.
     */
    @SuppressWarnings("unchecked")
    public List<Similar> similar(String text, ActionField field, Collection<IdeaStatus> statuses, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        with q as (
                            select coalesce((select to_tsquery('german', string_agg(quote_literal(l), ' | '))
                                             from unnest(tsvector_to_array(to_tsvector('german', :t))) l), to_tsquery('')) as tsq)
                        select i.id, i.title, i.action_field, i.status, i.support_count,
                               greatest(similarity(i.title, :t), ts_rank_cd(i.search, q.tsq)) as sim
                        from idea i, q
                        where i.status in (:s) and (i.title % :t or i.search @@ q.tsq)
                          and (cast(:f as text) is null or i.action_field = cast(:f as text))
                        order by sim desc, i.support_count desc, i.id
                        limit :n""")
                .setParameter("t", text).setParameter("s", statuses.stream().map(Enum::name).toList())
                .setParameter("f", field == null ? null : field.name()).setParameter("n", limit).getResultList();
        return rows.stream().map(r -> new Similar((UUID) r[0], (String) r[1], ActionField.valueOf((String) r[2]),
                IdeaStatus.valueOf((String) r[3]), ((Number) r[4]).intValue(), ((Number) r[5]).doubleValue())).toList();
    }

    public record DuplicatePair(UUID ideaId, String title, UUID otherId, String otherTitle, double similarity) {
    }

    /** Pairs of open ideas with very similar titles, for the core team to merge. */
    @SuppressWarnings("unchecked")
    public List<DuplicatePair> duplicateCandidates(ActionField field, UUID ideaId, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select a.id, a.title, b.id, b.title, similarity(a.title, b.title) as sim
                        from idea a join idea b on a.id < b.id and a.action_field = b.action_field and a.title % b.title
                        where a.status in ('SUBMITTED', 'IN_REVIEW') and b.status in ('SUBMITTED', 'IN_REVIEW')
                          and (cast(:f as text) is null or a.action_field = cast(:f as text))
                          and (cast(:idea as uuid) is null or a.id = cast(:idea as uuid) or b.id = cast(:idea as uuid))
                        order by sim desc, a.id, b.id limit :n""")
                .setParameter("f", field == null ? null : field.name()).setParameter("idea", ideaId)
                .setParameter("n", limit).getResultList();
        List<DuplicatePair> pairs = new ArrayList<>();
        for (Object[] r : rows) {
            pairs.add(new DuplicatePair((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], ((Number) r[4]).doubleValue()));
        }
        return pairs;
    }
}
