package de.norderstedt.go.ideas.rest;

import java.util.List;

/** The wall of ideas: the count of all ideas shown and the four action fields. */
public record WallResponse(long total, List<WallFieldResponse> fields) {
}
