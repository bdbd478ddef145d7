package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.model.Classification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One reviewer's check of an idea: a score 0–5 per criterion key, the goals it serves, influence, horizon, a note. */
public record ReviewerAssessment(Map<String, Integer> scores, List<UUID> goalIds, Boolean withinInfluence,
                                 Classification recommendedHorizon, String note) {
}
