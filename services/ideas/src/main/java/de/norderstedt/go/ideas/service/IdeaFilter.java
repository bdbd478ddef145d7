package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.platform.model.ActionField;

import java.util.UUID;

/**
 * What a list of ideas is filtered by; null is no filter. Without a {@code status} the list holds
 * the open ideas; {@code query} is a German full-text search of title and description.
 */
public record IdeaFilter(ActionField actionField, IdeaKind kind, IdeaStatus status, UUID workshopId, String tag,
                         Classification classification, Boolean withinInfluence, String query) {
}
