package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.model.GivenReport;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.OwnComment;
import de.norderstedt.go.ideas.model.SupportedIdea;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the ideas service holds about one participant, for their export: the ideas they
 * submitted (every status), their comments, their supports, their reports of comments, and the
 * assessments they wrote as a reviewer. Each list newest first.
 */
public record PersonData(List<Idea> ideas, List<OwnComment> comments, List<SupportedIdea> supports,
                         List<GivenReport> reports, List<Assessment> assessments) {

    /** An assessment the person wrote as a reviewer: the scores per criterion and what else they said. */
    public record Assessment(UUID ideaId, String ideaTitle, Map<String, Integer> scores, BigDecimal weightedScore,
                             List<UUID> goalIds, Boolean withinInfluence, String recommendedHorizon, String note,
                             Instant assessedAt) {
    }
}
