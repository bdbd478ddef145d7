package de.norderstedt.go.workshops.model;

import java.util.EnumSet;
import java.util.Set;

/** draft → published → registration open → registration closed → held → documented; or cancelled. */
public enum WorkshopStatus {
    DRAFT, PUBLISHED, REGISTRATION_OPEN, REGISTRATION_CLOSED, HELD, DOCUMENTED, CANCELLED;

    public Set<WorkshopStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> EnumSet.of(REGISTRATION_OPEN, HELD, CANCELLED);
            case REGISTRATION_OPEN -> EnumSet.of(REGISTRATION_CLOSED, CANCELLED);
            case REGISTRATION_CLOSED -> EnumSet.of(REGISTRATION_OPEN, HELD, CANCELLED);
            case HELD -> EnumSet.of(DOCUMENTED);
            case DOCUMENTED, CANCELLED -> EnumSet.noneOf(WorkshopStatus.class);
        };
    }

    public boolean isPublic() {
        return this != DRAFT;
    }
}
