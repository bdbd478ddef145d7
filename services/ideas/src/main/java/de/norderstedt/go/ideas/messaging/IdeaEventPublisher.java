package de.norderstedt.go.ideas.messaging;

import de.norderstedt.go.ideas.model.Comment;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The only place that decides what of an idea leaves the service: its public content, never who. */
@ApplicationScoped
public class IdeaEventPublisher {

    private final Outbox outbox;

    public IdeaEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void submitted(Idea idea) {
        outbox.publish(IdeaEvents.SUBMITTED, idea.id, new IdeaEvents.Submitted(snapshot(idea), idea.createdAt));
    }

    public void updated(Idea idea) {
        outbox.publish(IdeaEvents.UPDATED, idea.id, new IdeaEvents.Updated(snapshot(idea), idea.updatedAt));
    }

    public void withdrawn(Idea idea) {
        outbox.publish(IdeaEvents.WITHDRAWN, idea.id, new IdeaEvents.Withdrawn(idea.id, idea.updatedAt));
    }

    public void statusChanged(Idea idea, String from, String reason) {
        outbox.publish(IdeaEvents.STATUS_CHANGED, idea.id,
                new IdeaEvents.StatusChanged(snapshot(idea), from, idea.status.name(), reason, idea.updatedAt));
    }

    public void classified(Idea idea) {
        outbox.publish(IdeaEvents.CLASSIFIED, idea.id, new IdeaEvents.Classified(snapshot(idea),
                idea.classification.name(), idea.score, idea.updatedAt));
    }

    public void supportChanged(UUID ideaId, int count, boolean supported) {
        outbox.publish(supported ? IdeaEvents.SUPPORTED : IdeaEvents.UNSUPPORTED, ideaId,
                new IdeaEvents.SupportChanged(ideaId, count, Timestamps.now()));
    }

    public void comment(Comment comment, String change) {
        var type = switch (change) {
            case "added" -> IdeaEvents.COMMENT_ADDED;
            case "hidden" -> IdeaEvents.COMMENT_HIDDEN;
            default -> IdeaEvents.COMMENT_RESTORED;
        };
        outbox.publish(type, comment.ideaId, new IdeaEvents.CommentChanged(comment.ideaId, comment.id, comment.parentId, Timestamps.now()));
    }

    public void assessed(Idea idea, BigDecimal spread, List<UUID> goalIds, Boolean withinInfluence, String horizon) {
        outbox.publish(IdeaEvents.ASSESSED, idea.id, new IdeaEvents.Assessed(idea.id, idea.score, idea.reviewerCount,
                spread, goalIds, withinInfluence, horizon, Timestamps.now()));
    }

    public void merged(Idea idea, Idea into) {
        outbox.publish(IdeaEvents.MERGED, idea.id, new IdeaEvents.Merged(idea.id, into.id, into.supportCount, idea.updatedAt));
    }

    public void imported(UUID importId, UUID workshopId, int created, int unchanged) {
        outbox.publish(IdeaEvents.IMPORTED, importId, new IdeaEvents.Imported(importId, workshopId, created, unchanged, Timestamps.now()));
    }

    public static IdeaEvents.Idea snapshot(Idea idea) {
        return new IdeaEvents.Idea(idea.id, idea.title, idea.description, idea.actionField, idea.kind.name(),
                idea.origin.name(), idea.workshopId, idea.workshopGroup, List.copyOf(idea.tags), idea.status.name(),
                idea.classification == null ? null : idea.classification.name());
    }
}
