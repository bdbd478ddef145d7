package de.norderstedt.go.archfixture.bad.rest;

import de.norderstedt.go.archfixture.good.service.ThingService;

public class ThingHelper {
    public Object other() {
        return new ThingService();
    }
}
