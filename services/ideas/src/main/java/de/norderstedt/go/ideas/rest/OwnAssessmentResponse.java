package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.service.PersonData;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An assessment the person wrote as a reviewer: the scores per criterion, their weighted mean, and what else they said. */
public record OwnAssessmentResponse(UUID ideaId, String ideaTitle, Map<String, Integer> scores, BigDecimal weightedScore,
                                    List<UUID> goalIds, Boolean withinInfluence, String recommendedHorizon, String note,
                                    Instant assessedAt) {

    public static OwnAssessmentResponse of(PersonData.Assessment a) {
        return new OwnAssessmentResponse(a.ideaId(), a.ideaTitle(), a.scores(), a.weightedScore(), a.goalIds(),
                a.withinInfluence(), a.recommendedHorizon(), a.note(), a.assessedAt());
    }
}
