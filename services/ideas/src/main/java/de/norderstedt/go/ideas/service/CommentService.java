package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.model.Comment;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.repository.CommentRepository;
import de.norderstedt.go.ideas.repository.IdeaRepository;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Comments with replies one level deep; reports; moderators hide and restore with a reason. */
@ApplicationScoped
public class CommentService {

    private final CommentRepository comments;
    private final IdeaRepository ideas;
    private final IdeaVisibility visibility;
    private final IdeaEventPublisher events;

    public CommentService(CommentRepository comments, IdeaRepository ideas, IdeaVisibility visibility, IdeaEventPublisher events) {
        this.comments = comments;
        this.ideas = ideas;
        this.visibility = visibility;
        this.events = events;
    }

    @Transactional
    public Comment add(UUID ideaId, UUID parentId, String body, UUID authorId) {
        Idea idea = ideas.findById(ideaId);
        if (idea == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        if (!IdeaService.OPEN.contains(idea.status)) {
            throw ProblemException.conflict("An idea that is " + idea.status + " takes no comments");
        }
        if (parentId != null) {
            Comment parent = comments.findById(parentId);
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
        comment.createdAt = Timestamps.now();
        comments.persist(comment);
        idea.commentCount++;
        events.comment(comment, "added");
        return comment;
    }

    /**
     * One page of the comments of an idea the caller may see (a withdrawn or rejected idea hides
     * its comments as it hides itself), oldest first, replies among them in the order they came.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Comment> of(UUID ideaId, Cursor after, int limit) {
        visibility.visible(ideaId);
        Cursor key = after == null ? null : after.expect(2);
        return Page.of(comments.ofIdea(ideaId, key == null ? null : key.instant(0), key == null ? null : key.uuid(1), limit),
                limit, c -> c, c -> Cursor.of(c.createdAt, c.id));
    }

    /** One report per person and comment; the count guides moderators. */
    @Transactional
    public Comment report(UUID ideaId, UUID commentId, UUID reporter, String reason) {
        Comment comment = find(ideaId, commentId);
        comment.reportCount += comments.addReport(commentId, reporter, reason.strip(), Timestamps.now());
        return comment;
    }

    /** A moderator hides a comment (a reason is required) or restores it. */
    @Transactional
    public Comment setHidden(UUID ideaId, UUID commentId, boolean hidden, String reason, String moderator) {
        if (hidden && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required to hide a comment");
        }
        Comment comment = find(ideaId, commentId);
        if (comment.hidden == hidden) {
            return comment;
        }
        comment.hidden = hidden;
        comment.hiddenReason = reason;
        comment.hiddenBy = moderator;
        events.comment(comment, hidden ? "hidden" : "restored");
        Idea idea = ideas.findById(ideaId);
        idea.commentCount += hidden ? -1 : 1;
        return comment;
    }

    /** One page of the visible comments that were reported, most reported first, then oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Comment> reported(Cursor after, int limit) {
        Cursor key = after == null ? null : after.expect(3);
        return Page.of(comments.reported(key == null ? null : key.integer(0), key == null ? null : key.instant(1),
                        key == null ? null : key.uuid(2), limit),
                limit, c -> c, c -> Cursor.of(c.reportCount, c.createdAt, c.id));
    }

    private Comment find(UUID ideaId, UUID commentId) {
        Comment comment = comments.findById(commentId);
        if (comment == null || !comment.ideaId.equals(ideaId)) {
            throw ProblemException.notFound("Comment", commentId);
        }
        return comment;
    }
}
