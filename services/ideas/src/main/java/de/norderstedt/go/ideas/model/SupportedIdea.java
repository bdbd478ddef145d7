package de.norderstedt.go.ideas.model;

import de.norderstedt.go.platform.model.ActionField;

import java.time.Instant;
import java.util.UUID;

/**
 * An idea a person supports, and when they gave the support. {@code authorId} decides whether the
 * supporter may see the title of an idea that is no longer published; {@code title} is null where not.
 */
public record SupportedIdea(UUID ideaId, String title, ActionField actionField, IdeaStatus status, UUID authorId,
                            int supportCount, Instant supportedAt) {

    /** The same support, without the idea's title (an idea withdrawn or rejected since). */
    public SupportedIdea withoutTitle() {
        return new SupportedIdea(ideaId, null, actionField, status, authorId, supportCount, supportedAt);
    }
}
