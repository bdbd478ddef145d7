package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.roadmap.model.Indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An indicator with its values in time order. */
public record IndicatorSeries(Indicator indicator, List<Value> values) {

    /** A value as observed on a date. */
    public record Value(LocalDate observedOn, BigDecimal value, String note) {
    }
}
