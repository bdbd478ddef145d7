package de.norderstedt.go.archfixture.good.model;

import java.time.Instant;

/** Fixture of a service in the one shape (see ServiceArchitectureTest). */
public class Thing {
    public String title;
    public Instant createdAt;
}
