package de.norderstedt.go.roadmap.model;

/** When a measure is to be implemented: quick wins start at once, medium- and long-term projects later. */
public enum Horizon {
    QUICK_WIN, MEDIUM_TERM, LONG_TERM
}
