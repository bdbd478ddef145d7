package de.norderstedt.go.platform.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The programme happens in Norderstedt: times are shown with their Europe/Berlin offset. */
public final class Times {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Times() {
    }

    public static OffsetDateTime berlin(Instant instant) {
        return instant == null ? null : instant.atZone(BERLIN).toOffsetDateTime();
    }
}
