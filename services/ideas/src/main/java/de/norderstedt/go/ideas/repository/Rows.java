package de.norderstedt.go.ideas.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Values of native result rows, read one way whatever the JDBC driver hands over. */
final class Rows {

    private Rows() {
    }

    /** A {@code timestamptz} column as an instant; null stays null. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp column: " + value.getClass().getName());
    }
}
