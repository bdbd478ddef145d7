package de.norderstedt.go.ideas.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment as its author sees it among their own things: the text even where a moderator hid it,
 * the reason given, and the idea it is on (its title null where the idea is no longer published
 * and not the author's own).
 */
public record OwnComment(UUID id, UUID ideaId, String ideaTitle, IdeaStatus ideaStatus, UUID ideaAuthorId, UUID parentId,
                         String body, boolean hidden, String hiddenReason, Instant createdAt) {

    /** The same comment, without the title of its idea. */
    public OwnComment withoutIdeaTitle() {
        return new OwnComment(id, ideaId, null, ideaStatus, ideaAuthorId, parentId, body, hidden, hiddenReason, createdAt);
    }
}
