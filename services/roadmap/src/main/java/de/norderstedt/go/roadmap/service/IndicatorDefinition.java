package de.norderstedt.go.roadmap.service;

/** What an indicator is (its values are recorded one by one). */
public record IndicatorDefinition(String title, String description, String unit, boolean higherIsBetter, String source) {
}
