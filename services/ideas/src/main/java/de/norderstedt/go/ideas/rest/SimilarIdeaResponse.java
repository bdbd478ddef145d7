package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.model.SimilarIdea;
import de.norderstedt.go.platform.model.ActionField;

import java.util.UUID;

/** An idea that looks like the text being written; {@code similarity} 0–1, higher is closer. */
public record SimilarIdeaResponse(UUID id, String title, ActionField actionField, IdeaStatus status, int supportCount,
                                  double similarity) {

    public static SimilarIdeaResponse of(SimilarIdea s) {
        return new SimilarIdeaResponse(s.id(), s.title(), s.actionField(), s.status(), s.supportCount(), s.similarity());
    }
}
