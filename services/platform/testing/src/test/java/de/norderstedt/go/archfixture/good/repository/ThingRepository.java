package de.norderstedt.go.archfixture.good.repository;

import de.norderstedt.go.archfixture.good.model.Thing;

import java.sql.Connection;
import java.sql.SQLException;

public class ThingRepository {
    public void insert(Connection connection, Thing thing) throws SQLException {
        try (var statement = connection.prepareStatement("insert into thing (title) values (?)")) {
            statement.setString(1, thing.title);
            statement.executeUpdate();
        }
    }
}
