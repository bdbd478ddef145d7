package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.platform.model.ActionField;

import java.util.List;
import java.util.Map;

/** The wall of ideas: every action field with its count (in total and per status) and its newest ideas. */
public record IdeaWall(long total, List<Field> fields) {

    public record Field(ActionField actionField, long count, Map<IdeaStatus, Long> byStatus, List<Idea> ideas) {
    }
}
