package de.norderstedt.go.ideas.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * submitted → in review → assessed → classified, or merged / rejected on the way; an author may
 * withdraw until it is assessed. Every change is kept in the idea's history.
 */
public enum IdeaStatus {
    SUBMITTED, IN_REVIEW, ASSESSED, CLASSIFIED, MERGED, REJECTED, WITHDRAWN;

    public Set<IdeaStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(IN_REVIEW, MERGED, REJECTED, WITHDRAWN);
            case IN_REVIEW -> EnumSet.of(ASSESSED, MERGED, REJECTED, WITHDRAWN);
            case ASSESSED -> EnumSet.of(CLASSIFIED, IN_REVIEW, MERGED, REJECTED);
            case CLASSIFIED -> EnumSet.of(ASSESSED);
            case MERGED, REJECTED, WITHDRAWN -> EnumSet.noneOf(IdeaStatus.class);
        };
    }

    /** Visible on the public wall. */
    public boolean published() {
        return this != WITHDRAWN && this != REJECTED;
    }
}
