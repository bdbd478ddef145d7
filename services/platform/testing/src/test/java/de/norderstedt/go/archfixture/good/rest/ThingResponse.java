package de.norderstedt.go.archfixture.good.rest;

import de.norderstedt.go.archfixture.good.model.Thing;

public record ThingResponse(String title) {
    static ThingResponse of(Thing thing) {
        return new ThingResponse(thing.title);
    }
}
