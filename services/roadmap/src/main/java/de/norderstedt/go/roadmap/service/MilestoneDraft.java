package de.norderstedt.go.roadmap.service;

import java.time.LocalDate;

/** A milestone of a measure as added or changed. */
public record MilestoneDraft(String title, LocalDate dueDate, boolean done) {
}
