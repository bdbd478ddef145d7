package de.norderstedt.go.archfixture.bad.service;

import de.norderstedt.go.archfixture.bad.model.Thing;
import de.norderstedt.go.archfixture.bad.rest.ThingRequest;
import jakarta.persistence.EntityManager;

import java.time.Instant;

public class ThingService {
    EntityManager entityManager;

    public Thing create(ThingRequest request) {
        Thing thing = new Thing();
        thing.title = request.title() + Instant.now();
        entityManager.persist(thing);
        return thing;
    }
}
