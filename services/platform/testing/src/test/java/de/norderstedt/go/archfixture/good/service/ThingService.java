package de.norderstedt.go.archfixture.good.service;

import de.norderstedt.go.archfixture.good.model.Thing;
import de.norderstedt.go.platform.model.Timestamps;
import jakarta.transaction.Transactional;

public class ThingService {
    @Transactional
    public Thing create(String title) {
        Thing thing = new Thing();
        thing.title = title;
        thing.createdAt = Timestamps.now();
        return thing;
    }
}
