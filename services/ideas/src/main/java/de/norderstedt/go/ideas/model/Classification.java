package de.norderstedt.go.ideas.model;

/** The result of the check: a quick win (from 2022), a medium- or long-term project, or out of reach. */
public enum Classification {
    QUICK_WIN, MEDIUM_TERM, LONG_TERM, NOT_WITHIN_INFLUENCE
}
