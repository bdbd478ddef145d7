package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.model.DuplicatePair;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaSort;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.model.SimilarIdea;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ideas, and the read side of them: filtered, sorted, keyset-paged lists with German full-text
 * search, the wall, similar ideas (trigram and full-text) and duplicate candidates. Native SQL,
 * because the indexes it is built for (GIN on the search vector and on trigrams, btree per sort
 * order) are PostgreSQL's own. Every page query fetches {@code limit + 1} rows (see Page.of).
 */
@ApplicationScoped
public class IdeaRepository implements PanacheRepositoryBase<Idea, UUID> {

    /** What a list is filtered by; null is no filter, except {@code statuses}, which is always given. */
    public record Filter(ActionField actionField, IdeaKind kind, Collection<IdeaStatus> statuses, UUID workshopId,
                         String tag, Classification classification, Boolean withinInfluence, String query) {
    }

    /** The idea, locked for update until the transaction ends; null if there is none. */
    public Idea findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * One page in the order {@code sort}, after the sort key {@code after} (null for the first page):
     * (created_at, id), (support_count, id), (score, id) or (search rank, id), all descending.
     * RELEVANCE needs {@code filter.query()}.
     */
    @SuppressWarnings("unchecked")
    public List<Idea> page(Filter filter, IdeaSort sort, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select i.* from idea i where i.status in (:statuses)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("statuses", names(filter.statuses()));
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
        String rank = "ts_rank_cd(i.search, websearch_to_tsquery('german', :q))";
        if (filter.query() != null) {
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
        Query query = getEntityManager().createNativeQuery(sql.toString(), Idea.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The search rank of an idea for {@code q}, the first value of its RELEVANCE cursor. */
    public float rank(UUID ideaId, String q) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select ts_rank_cd(search, websearch_to_tsquery('german', ?1)) from idea where id = ?2")
                .setParameter(1, q).setParameter(2, ideaId).getSingleResult()).floatValue();
    }

    public record FieldCount(ActionField actionField, IdeaStatus status, long count) {
    }

    @SuppressWarnings("unchecked")
    public List<FieldCount> wallCounts(Collection<IdeaStatus> statuses) {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select action_field, status, count(*) from idea where status in (:s) group by action_field, status")
                .setParameter("s", names(statuses)).getResultList();
        return rows.stream().map(r -> new FieldCount(ActionField.valueOf((String) r[0]), IdeaStatus.valueOf((String) r[1]),
                ((Number) r[2]).longValue())).toList();
    }

    /** The newest {@code perField} ideas of every action field, in one query. */
    @SuppressWarnings("unchecked")
    public List<Idea> wallIdeas(Collection<IdeaStatus> statuses, int perField) {
        return getEntityManager().createNativeQuery("""
                        select * from (
                            select i.*, row_number() over (partition by action_field order by created_at desc, id desc) as rn
                            from idea i where status in (:s)) ranked
                        where rn <= :n order by action_field, created_at desc, id desc""", Idea.class)
                .setParameter("s", names(statuses)).setParameter("n", perField).getResultList();
    }

    /**
     * Ideas that look like {@code text}: title trigram similarity, or any shared German word stem,
     * best first (similarity, then supports, descending; then id), after the key
     * (similarity, supports, id) of {@code after}. What the website shows while someone types a new idea.
     */
    @SuppressWarnings("unchecked")
    public List<SimilarIdea> similar(String text, ActionField field, Collection<IdeaStatus> statuses, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("""
                with q as (
                    select coalesce((select to_tsquery('german', string_agg(quote_literal(l), ' | '))
                                     from unnest(tsvector_to_array(to_tsvector('german', :t))) l), to_tsquery('')) as tsq),
                s as (
                    select i.id, i.title, i.action_field, i.status, i.support_count,
                           cast(greatest(similarity(i.title, :t), ts_rank_cd(i.search, q.tsq)) as real) as sim
                    from idea i, q
                    where i.status in (:s) and (i.title % :t or i.search @@ q.tsq)
                      and (cast(:f as text) is null or i.action_field = cast(:f as text)))
                select id, title, action_field, status, support_count, sim from s""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("t", text);
        params.put("s", names(statuses));
        params.put("f", field == null ? null : field.name());
        if (after != null) {
            sql.append(" where sim < cast(:asim as real) or (sim = cast(:asim as real)"
                    + " and (support_count < :acount or (support_count = :acount and id > :aid)))");
            params.put("asim", after.real(0));
            params.put("acount", after.integer(1));
            params.put("aid", after.uuid(2));
        }
        sql.append(" order by sim desc, support_count desc, id limit :n");
        params.put("n", limit + 1);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new SimilarIdea((UUID) r[0], (String) r[1], ActionField.valueOf((String) r[2]),
                IdeaStatus.valueOf((String) r[3]), ((Number) r[4]).intValue(), ((Number) r[5]).doubleValue())).toList();
    }

    /**
     * Pairs of open ideas with very similar titles, for the core team to merge: most similar first,
     * then by the two ids, after the key (similarity, ideaId, otherId) of {@code after}.
     */
    @SuppressWarnings("unchecked")
    public List<DuplicatePair> duplicateCandidates(ActionField field, UUID ideaId, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select idea_id, title, other_id, other_title, sim from (
                    select a.id as idea_id, a.title as title, b.id as other_id, b.title as other_title,
                           similarity(a.title, b.title) as sim
                    from idea a join idea b on a.id < b.id and a.action_field = b.action_field and a.title % b.title
                    where a.status in ('SUBMITTED', 'IN_REVIEW') and b.status in ('SUBMITTED', 'IN_REVIEW')
                      and (cast(:f as text) is null or a.action_field = cast(:f as text))
                      and (cast(:idea as uuid) is null or a.id = cast(:idea as uuid) or b.id = cast(:idea as uuid))) pairs""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("f", field == null ? null : field.name());
        params.put("idea", ideaId);
        if (after != null) {
            sql.append(" where sim < cast(:asim as real) or (sim = cast(:asim as real)"
                    + " and (idea_id > :aidea or (idea_id = :aidea and other_id > :aother)))");
            params.put("asim", after.real(0));
            params.put("aidea", after.uuid(1));
            params.put("aother", after.uuid(2));
        }
        sql.append(" order by sim desc, idea_id, other_id limit :n");
        params.put("n", limit + 1);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new DuplicatePair((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                ((Number) r[4]).doubleValue())).toList();
    }

    /**
     * One page of an author's ideas in every status (withdrawn and rejected ones too), newest first:
     * (created_at, id) descending, after ({@code afterTime}, {@code afterId}), or from the start when
     * {@code afterId} is null. {@code limit + 1} rows.
     */
    public List<Idea> ofAuthor(UUID authorId, Instant afterTime, UUID afterId, int limit) {
        if (afterId == null) {
            return find("authorId = ?1 order by createdAt desc, id desc", authorId).page(0, limit + 1).list();
        }
        return find("authorId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                authorId, afterTime, afterId).page(0, limit + 1).list();
    }

    /** Every idea of an author in every status, newest first (the person's export). */
    public List<Idea> allOfAuthor(UUID authorId) {
        return list("authorId = ?1 order by createdAt desc, id desc", authorId);
    }

    /** An erased author's ideas stay, without pointing to them. */
    public void eraseAuthor(UUID participantId) {
        getEntityManager().createNativeQuery("update idea set author_id = null where author_id = ?1")
                .setParameter(1, participantId).executeUpdate();
    }

    private static List<String> names(Collection<IdeaStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
