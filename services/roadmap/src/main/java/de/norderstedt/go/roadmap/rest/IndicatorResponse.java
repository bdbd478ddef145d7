package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.model.Indicator;
import de.norderstedt.go.roadmap.service.IndicatorSeries;

import java.util.List;

/** An indicator with its values in time order. */
public record IndicatorResponse(String key, String title, String description, String unit, boolean higherIsBetter, String source,
                                List<IndicatorValueResponse> values) {

    static IndicatorResponse of(IndicatorSeries series) {
        Indicator i = series.indicator();
        return new IndicatorResponse(i.key, i.title, i.description, i.unit, i.higherIsBetter, i.source, series.values().stream()
                .map(v -> new IndicatorValueResponse(v.observedOn(), v.value(), v.note())).toList());
    }
}
