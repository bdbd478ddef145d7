package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.service.AssessmentSummary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The aggregate of all reviewers: the weighted mean score (0–5), how many reviewed, the spread
 * (population standard deviation of the reviewers' scores), the mean per criterion, every goal
 * named, whether most think it is within the programme's influence, and the most named horizon.
 */
public record AssessmentSummaryResponse(UUID ideaId, BigDecimal score, int reviewerCount, BigDecimal spread,
                                        Map<String, BigDecimal> meanPerCriterion, List<UUID> goalIds, Boolean withinInfluence,
                                        String recommendedHorizon) {

    public static AssessmentSummaryResponse of(AssessmentSummary s) {
        return new AssessmentSummaryResponse(s.ideaId(), s.score(), s.reviewerCount(), s.spread(), s.meanPerCriterion(),
                s.goalIds(), s.withinInfluence(), s.recommendedHorizon());
    }
}
