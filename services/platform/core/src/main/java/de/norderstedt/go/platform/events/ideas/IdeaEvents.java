package de.norderstedt.go.platform.events.ideas;

import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.model.ActionField;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events on {@code go.ideas.v1}. Ideas are public content, so their texts travel; who wrote,
 * supported or commented on an idea does not (no participant ids, no names).
 */
public final class IdeaEvents {

    private static final String AGGREGATE = "idea";

    public static final EventType<Submitted> SUBMITTED = EventType.of(Topics.IDEAS, AGGREGATE, "submitted", 1, Submitted.class);
    public static final EventType<Updated> UPDATED = EventType.of(Topics.IDEAS, AGGREGATE, "updated", 1, Updated.class);
    public static final EventType<Withdrawn> WITHDRAWN = EventType.of(Topics.IDEAS, AGGREGATE, "withdrawn", 1, Withdrawn.class);
    public static final EventType<StatusChanged> STATUS_CHANGED = EventType.of(Topics.IDEAS, AGGREGATE, "status-changed", 1, StatusChanged.class);
    public static final EventType<SupportChanged> SUPPORTED = EventType.of(Topics.IDEAS, AGGREGATE, "supported", 1, SupportChanged.class);
    public static final EventType<SupportChanged> UNSUPPORTED = EventType.of(Topics.IDEAS, AGGREGATE, "unsupported", 1, SupportChanged.class);
    public static final EventType<CommentChanged> COMMENT_ADDED = EventType.of(Topics.IDEAS, AGGREGATE, "comment-added", 1, CommentChanged.class);
    public static final EventType<CommentChanged> COMMENT_HIDDEN = EventType.of(Topics.IDEAS, AGGREGATE, "comment-hidden", 1, CommentChanged.class);
    public static final EventType<CommentChanged> COMMENT_RESTORED = EventType.of(Topics.IDEAS, AGGREGATE, "comment-restored", 1, CommentChanged.class);
    public static final EventType<Assessed> ASSESSED = EventType.of(Topics.IDEAS, AGGREGATE, "assessed", 1, Assessed.class);
    public static final EventType<Classified> CLASSIFIED = EventType.of(Topics.IDEAS, AGGREGATE, "classified", 1, Classified.class);
    public static final EventType<Merged> MERGED = EventType.of(Topics.IDEAS, AGGREGATE, "merged", 1, Merged.class);
    public static final EventType<Imported> IMPORTED = EventType.of(Topics.IDEAS, "idea-import", "imported", 1, Imported.class);

    /** An idea as integrators and other services may keep it. */
    public record Idea(UUID ideaId, String title, String description, ActionField actionField, String kind,
                       String origin, UUID workshopId, String workshopGroup, List<String> tags, String status,
                       String classification) {
    }

    public record Submitted(Idea idea, Instant submittedAt) {
    }

    public record Updated(Idea idea, Instant updatedAt) {
    }

    public record Withdrawn(UUID ideaId, Instant withdrawnAt) {
    }

    public record StatusChanged(Idea idea, String from, String to, String reason, Instant changedAt) {
    }

    /** The count after the change; who supported is not published. */
    public record SupportChanged(UUID ideaId, int supportCount, Instant changedAt) {
    }

    public record CommentChanged(UUID ideaId, UUID commentId, UUID parentId, Instant changedAt) {
    }

    public record Assessed(UUID ideaId, BigDecimal score, int reviewerCount, BigDecimal spread, List<UUID> goalIds,
                           Boolean withinInfluence, String recommendedHorizon, Instant assessedAt) {
    }

    public record Classified(Idea idea, String classification, BigDecimal score, Instant classifiedAt) {
    }

    /** {@code supportCount} is the target's count after the supports moved over. */
    public record Merged(UUID ideaId, UUID intoIdeaId, int supportCount, Instant mergedAt) {
    }

    /** One summary per imported file; the cards themselves are not announced one by one. */
    public record Imported(UUID importId, UUID workshopId, int created, int unchanged, Instant importedAt) {
    }

    private IdeaEvents() {
    }
}
