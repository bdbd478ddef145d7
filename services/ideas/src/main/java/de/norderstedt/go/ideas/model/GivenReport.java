package de.norderstedt.go.ideas.model;

import java.time.Instant;
import java.util.UUID;

/** A person's report of a comment to the moderators: which comment (on which idea), why, when. */
public record GivenReport(UUID commentId, UUID ideaId, String reason, Instant reportedAt) {
}
