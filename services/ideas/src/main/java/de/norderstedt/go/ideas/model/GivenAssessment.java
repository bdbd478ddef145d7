package de.norderstedt.go.ideas.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One reviewer's assessment of an idea as stored, with the idea it is about; {@code scores} is the
 * JSON object of the scores per criterion.
 */
public record GivenAssessment(UUID ideaId, String ideaTitle, IdeaStatus ideaStatus, UUID ideaAuthorId, String scores,
                              BigDecimal weightedScore, List<UUID> goalIds, Boolean withinInfluence,
                              String recommendedHorizon, String note, Instant assessedAt) {
}
