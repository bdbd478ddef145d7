package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Comment;

import java.time.Instant;
import java.util.UUID;

/** A hidden comment keeps its place in the thread, without its text (moderators see it). */
public record CommentResponse(UUID id, UUID ideaId, UUID parentId, String authorName, String body, boolean hidden,
                              String hiddenReason, Integer reportCount, Instant createdAt) {

    /** {@code moderator}: the caller moderates, and sees hidden text, the reason and the report count. */
    public static CommentResponse of(Comment c, String authorName, boolean moderator) {
        boolean showText = !c.hidden || moderator;
        return new CommentResponse(c.id, c.ideaId, c.parentId, showText ? authorName : null, showText ? c.body : null,
                c.hidden, moderator ? c.hiddenReason : null, moderator ? c.reportCount : null, c.createdAt);
    }
}
