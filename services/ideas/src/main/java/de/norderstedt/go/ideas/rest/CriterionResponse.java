package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Criterion;

import java.math.BigDecimal;

/** A criterion of the relevance and benefit check, scored 0–5, and its weight in the score. */
public record CriterionResponse(String key, String label, BigDecimal weight) {

    public static CriterionResponse of(Criterion c) {
        return new CriterionResponse(c.key, c.label, c.weight);
    }
}
