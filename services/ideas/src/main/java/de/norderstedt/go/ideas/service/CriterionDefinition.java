package de.norderstedt.go.ideas.service;

import java.math.BigDecimal;

/** A criterion of the check as the programme lead defines it: its key, label and weight. */
public record CriterionDefinition(String key, String label, BigDecimal weight) {
}
