package de.norderstedt.go.archfixture.good.rest;

import de.norderstedt.go.archfixture.good.service.ThingService;

public class ThingResource {
    private final ThingService things = new ThingService();

    public ThingResponse create(ThingRequest request) {
        return ThingResponse.of(things.create(request.title()));
    }
}
