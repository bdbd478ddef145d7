package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.roadmap.model.PhaseStatus;

import java.time.LocalDate;

/** A phase's status and dates as set; a null description leaves the description as it is. */
public record PhaseChanges(PhaseStatus status, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                           LocalDate actualEnd, String description) {
}
