package de.norderstedt.go.ideas.model;

/** The orders of the idea list: newest, most supported, best assessed, or best match of a search. */
public enum IdeaSort {
    NEWEST, SUPPORTS, SCORE, RELEVANCE
}
