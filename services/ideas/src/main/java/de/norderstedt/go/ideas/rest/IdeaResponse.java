package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaOrigin;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record IdeaResponse(
        UUID id, String title, String description, ActionField actionField, IdeaKind kind, IdeaOrigin origin,
        UUID workshopId, String workshopGroup,
        @Schema(description = "The author's public display name; null for anonymous cards, hidden names and erased authors")
        String authorName,
        List<String> tags, IdeaStatus status, Classification classification, UUID mergedInto,
        int supportCount, int commentCount, BigDecimal score, int reviewerCount,
        @Schema(description = "The reviewers' majority: can the programme influence this idea? Null until assessed")
        Boolean withinInfluence, Instant createdAt, Instant updatedAt) {

    public static IdeaResponse of(Idea i, String authorName) {
        return new IdeaResponse(i.id, i.title, i.description, i.actionField, i.kind, i.origin, i.workshopId,
                i.workshopGroup, authorName, List.copyOf(i.tags), i.status, i.classification, i.mergedInto,
                i.supportCount, i.commentCount, i.score, i.reviewerCount, i.withinInfluence, i.createdAt, i.updatedAt);
    }

    /** A page of ideas, each with its author's public name out of {@code names} (by author id). */
    public static Page<IdeaResponse> page(Page<Idea> ideas, Map<UUID, String> names) {
        return new Page<>(ideas.items().stream().map(i -> of(i, names.get(i.authorId))).toList(), ideas.next());
    }
}
