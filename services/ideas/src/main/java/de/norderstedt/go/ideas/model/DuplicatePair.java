package de.norderstedt.go.ideas.model;

import java.util.UUID;

/** Two open ideas of one action field with very similar titles ({@code ideaId} is the smaller id). */
public record DuplicatePair(UUID ideaId, String title, UUID otherId, String otherTitle, double similarity) {
}
