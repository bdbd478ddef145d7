package de.norderstedt.go.ideas.service;

import java.util.List;

/** One card as read from an import file, not yet validated; {@code row} counts from 1 after the header. */
public record RawCard(long row, String title, String text, String actionField, String group, List<String> tags, String kind) {
}
