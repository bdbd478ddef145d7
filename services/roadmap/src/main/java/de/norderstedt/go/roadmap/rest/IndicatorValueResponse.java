package de.norderstedt.go.roadmap.rest;


import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of an indicator as observed on a date. */
public record IndicatorValueResponse(LocalDate observedOn, BigDecimal value, String note) {
}
