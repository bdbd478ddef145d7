package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.roadmap.model.MeasureStatus;

import java.math.BigDecimal;

/** How far a measure has got, as reported; no percent for a parent (computed) and, for a done measure, 100. */
public record ProgressReport(MeasureStatus status, BigDecimal progressPercent, String note) {
}
