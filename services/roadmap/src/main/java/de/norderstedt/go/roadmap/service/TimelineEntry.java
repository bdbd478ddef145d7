package de.norderstedt.go.roadmap.service;

import java.time.Instant;

/** A date of the programme's timeline as added or changed; {@code phase} is a phase key or null. */
public record TimelineEntry(String title, String description, String phase, Instant startsAt, Instant endsAt, boolean reached) {
}
