package de.norderstedt.go.ideas.model;

import de.norderstedt.go.platform.model.ActionField;

import java.util.UUID;

/** An idea that looks like a text: its title trigram similarity or shared German word stems, whichever is higher. */
public record SimilarIdea(UUID id, String title, ActionField actionField, IdeaStatus status, int supportCount,
                          double similarity) {
}
