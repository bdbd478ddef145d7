package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.OwnComment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One of the caller's own comments or replies: its text even where a moderator hid it, and the idea it is on. */
public record OwnCommentResponse(
        UUID id, UUID ideaId,
        @Schema(description = "Null where the idea was withdrawn or rejected since (and is not the caller's own)")
        String ideaTitle,
        UUID parentId, String body, boolean hidden,
        @Schema(description = "Why a moderator hid the comment; null while it is visible")
        String hiddenReason,
        Instant createdAt) {

    public static OwnCommentResponse of(OwnComment c) {
        return new OwnCommentResponse(c.id(), c.ideaId(), c.ideaTitle(), c.parentId(), c.body(), c.hidden(), c.hiddenReason(),
                c.createdAt());
    }
}
