package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.ideas.model.Comment;
import de.norderstedt.go.ideas.model.GivenReport;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.model.OwnComment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Comments and their reports (table {@code comment_report}, part of the comment). */
@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    /**
     * One page of an idea's comments, replies among them, oldest first: (created_at, id) after
     * ({@code afterTime}, {@code afterId}), or from the start when {@code afterId} is null. A reply is
     * always younger than its comment, so it never comes before it. {@code limit + 1} rows.
     */
    public List<Comment> ofIdea(UUID ideaId, Instant afterTime, UUID afterId, int limit) {
        if (afterId == null) {
            return find("ideaId = ?1 order by createdAt, id", ideaId).page(0, limit + 1).list();
        }
        return find("ideaId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                ideaId, afterTime, afterId).page(0, limit + 1).list();
    }

    /**
     * One page of the visible comments that were reported: most reported first, then oldest first
     * (report_count descending, created_at, id), after the comment at that key. {@code limit + 1} rows.
     */
    public List<Comment> reported(Integer afterCount, Instant afterTime, UUID afterId, int limit) {
        if (afterId == null) {
            return find("reportCount > 0 and hidden = false order by reportCount desc, createdAt, id").page(0, limit + 1).list();
        }
        return find("""
                reportCount > 0 and hidden = false and (reportCount < ?1 or (reportCount = ?1
                    and (createdAt > ?2 or (createdAt = ?2 and id > ?3)))) order by reportCount desc, createdAt, id""",
                afterCount, afterTime, afterId).page(0, limit + 1).list();
    }

    /**
     * One page of a person's comments and replies on any idea, newest first: (created_at, id)
     * descending, after ({@code afterTime}, {@code afterId}), or from the start when {@code afterId}
     * is null; each with the idea it is on. {@code limit + 1} rows.
     */
    public List<OwnComment> ofAuthor(UUID authorId, Instant afterTime, UUID afterId, int limit) {
        return written(authorId, afterTime, afterId, limit + 1);
    }

    /** Every comment of a person, newest first (the person's export). */
    public List<OwnComment> allOfAuthor(UUID authorId) {
        return written(authorId, null, null, null);
    }

    @SuppressWarnings("unchecked")
    private List<OwnComment> written(UUID authorId, Instant afterTime, UUID afterId, Integer rows) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.idea_id, i.title, i.status, i.author_id, c.parent_id, c.body, c.hidden, c.hidden_reason, c.created_at
                from comment c join idea i on i.id = c.idea_id
                where c.author_id = :a""");
        if (afterId != null) {
            sql.append(" and (c.created_at, c.id) < (:t, :id)");
        }
        sql.append(" order by c.created_at desc, c.id desc");
        if (rows != null) {
            sql.append(" limit :n");
        }
        Query query = getEntityManager().createNativeQuery(sql.toString()).setParameter("a", authorId);
        if (afterId != null) {
            query.setParameter("t", Timestamp.from(afterTime)).setParameter("id", afterId);
        }
        if (rows != null) {
            query.setParameter("n", rows);
        }
        List<Object[]> result = query.getResultList();
        return result.stream().map(r -> new OwnComment((UUID) r[0], (UUID) r[1], (String) r[2], IdeaStatus.valueOf((String) r[3]),
                (UUID) r[4], (UUID) r[5], (String) r[6], Boolean.TRUE.equals(r[7]), (String) r[8], Rows.instant(r[9]))).toList();
    }

    /** Every report a person made, newest first (the person's export). */
    @SuppressWarnings("unchecked")
    public List<GivenReport> reportsBy(UUID reporter) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select r.comment_id, c.idea_id, r.reason, r.created_at
                        from comment_report r join comment c on c.id = r.comment_id
                        where r.reporter = ?1 order by r.created_at desc, r.comment_id desc""")
                .setParameter(1, reporter).getResultList();
        return rows.stream().map(r -> new GivenReport((UUID) r[0], (UUID) r[1], (String) r[2], Rows.instant(r[3]))).toList();
    }

    /** One report per person and comment: 1 if this one is new, 0 if the person had reported it already. */
    public int addReport(UUID commentId, UUID reporter, String reason, Instant at) {
        return getEntityManager().createNativeQuery(
                        "insert into comment_report (comment_id, reporter, reason, created_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, commentId).setParameter(2, reporter).setParameter(3, reason)
                .setParameter(4, Timestamp.from(at)).executeUpdate();
    }

    /** An erased person's comments stay, without pointing to them. */
    public void eraseAuthor(UUID participantId) {
        getEntityManager().createNativeQuery("update comment set author_id = null where author_id = ?1")
                .setParameter(1, participantId).executeUpdate();
    }

    /** An erased person's reports still count once each, under the erasure's tombstone. */
    public void replaceReporter(UUID participantId, UUID tombstone) {
        getEntityManager().createNativeQuery("update comment_report set reporter = ?2 where reporter = ?1")
                .setParameter(1, participantId).setParameter(2, tombstone).executeUpdate();
    }

    /** Where an erased person hid comments, the tombstone account replaces their account. */
    public void replaceModerator(String subject, String tombstoneAccount) {
        getEntityManager().createNativeQuery("update comment set hidden_by = ?2 where hidden_by = ?1")
                .setParameter(1, subject).setParameter(2, tombstoneAccount).executeUpdate();
    }
}
