package de.norderstedt.go.archfixture.bad.model;

import de.norderstedt.go.archfixture.bad.service.ThingService;

/** Fixture breaking every rule once (see ServiceArchitectureTest); never used. */
public class Thing {
    public String title;
    public ThingService owner;
}
