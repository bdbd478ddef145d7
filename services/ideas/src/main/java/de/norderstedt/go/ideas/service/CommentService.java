package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.model.Comment;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Comments with replies one level deep; reports; moderators hide and restore with a reason. */
@ApplicationScoped
public class CommentService {

    private final EntityManager em;
    private final IdeaEventPublisher events;

    public CommentService(EntityManager em, IdeaEventPublisher events) {
        this.em = em;
        this.events = events;
    }

    @Transactional
    public Comment add(UUID ideaId, UUID parentId, String body, UUID authorId) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        if (!IdeaService.PUBLIC.contains(idea.status)) {
            throw ProblemException.conflict("An idea that is " + idea.status + " takes no comments");
        }
        if (parentId != null) {
            Comment parent = em.find(Comment.class, parentId);
            if (parent == null || !parent.ideaId.equals(ideaId)) {
                throw ProblemException.invalid("parentId", "is not a comment on this idea");
            }
            if (parent.parentId != null) {
                throw ProblemException.invalid("parentId", "replies go one level deep: reply to the comment, not to a reply");
            }
        }
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.ideaId = ideaId;
        comment.parentId = parentId;
        comment.authorId = authorId;
        comment.body = body.strip();
        comment.createdAt = IdeaService.now();
        em.persist(comment);
        idea.commentCount++;
        events.comment(comment, "added");
        return comment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Comment> of(UUID ideaId) {
        if (em.find(Idea.class, ideaId) == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        return em.createQuery("from Comment where ideaId = ?1 order by createdAt, id", Comment.class).setParameter(1, ideaId).getResultList();
    }

    /** One report per person and comment; the count guides moderators. */
    @Transactional
    public Comment report(UUID ideaId, UUID commentId, UUID reporter, String reason) {
        Comment comment = find(ideaId, commentId);
        int inserted = em.createNativeQuery("insert into comment_report (comment_id, reporter, reason, created_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, commentId).setParameter(2, reporter).setParameter(3, reason.strip())
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
        comment.reportCount += inserted;
        return comment;
    }

    @Transactional
    public Comment setHidden(UUID ideaId, UUID commentId, boolean hidden, String reason, String moderator) {
        Comment comment = find(ideaId, commentId);
        if (comment.hidden == hidden) {
            return comment;
        }
        comment.hidden = hidden;
        comment.hiddenReason = reason;
        comment.hiddenBy = moderator;
        events.comment(comment, hidden ? "hidden" : "restored");
        Idea idea = em.find(Idea.class, ideaId);
        idea.commentCount += hidden ? -1 : 1;
        return comment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Comment> reported() {
        return em.createQuery("from Comment where reportCount > 0 and hidden = false order by reportCount desc, createdAt", Comment.class)
                .setMaxResults(200).getResultList();
    }

    private Comment find(UUID ideaId, UUID commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || !comment.ideaId.equals(ideaId)) {
            throw ProblemException.notFound("Comment", commentId);
        }
        return comment;
    }
}
