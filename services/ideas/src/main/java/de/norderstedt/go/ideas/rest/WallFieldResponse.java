package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.platform.model.ActionField;

import java.util.List;
import java.util.Map;

/** One action field of the wall: its German label, its count (in total and per status), its newest ideas. */
public record WallFieldResponse(ActionField actionField, String label, long count, Map<IdeaStatus, Long> byStatus,
                                List<IdeaResponse> ideas) {
}
