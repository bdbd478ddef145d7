package de.norderstedt.go.platform.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as PostgreSQL stores them (microseconds), so what a service returns equals what it reads back. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
