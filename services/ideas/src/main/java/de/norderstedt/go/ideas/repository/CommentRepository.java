package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.ideas.model.Comment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

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
