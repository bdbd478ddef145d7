package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.model.SupportedIdea;
import de.norderstedt.go.platform.model.ActionField;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An idea the caller supports, and since when. */
public record SupportedIdeaResponse(
        UUID ideaId,
        @Schema(description = "Null where the idea was withdrawn or rejected since (and is not the caller's own)")
        String title,
        ActionField actionField, IdeaStatus status, int supportCount, Instant supportedAt) {

    public static SupportedIdeaResponse of(SupportedIdea s) {
        return new SupportedIdeaResponse(s.ideaId(), s.title(), s.actionField(), s.status(), s.supportCount(), s.supportedAt());
    }
}
