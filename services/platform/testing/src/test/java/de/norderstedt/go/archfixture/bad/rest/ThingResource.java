package de.norderstedt.go.archfixture.bad.rest;

import de.norderstedt.go.archfixture.bad.service.ThingService;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;

public class ThingResource {
    private final ThingService things = new ThingService();
    Connection connection;

    public record Created(String title) {
    }

    @Transactional
    public Created create(ThingRequest request) throws SQLException {
        connection.commit();
        return new Created(things.create(request).title);
    }
}
