package de.norderstedt.go.k8s;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.infra.PostgresServer;
import de.norderstedt.go.platform.infra.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a rollout or a scale-up from zero does: several replicas of a service start at the same
 * moment against a database nobody migrated yet. Flyway's lock lets exactly one migrate; all
 * become ready, and every migration is applied once.
 */
class ReplicasMigrateAtOnceTest {

    @Test
    void threeReplicasStartingTogetherMigrateTheDatabaseOnceAndAllBecomeReady() throws Exception {
        Path repo = Path.of("").toAbsolutePath().getParent().getParent();
        Path work = Files.createTempDirectory("go-replicas-");
        Files.createDirectories(work.resolve("logs"));
        try (PostgresServer postgres = PostgresServer.startTemporary(); KafkaBroker kafka = KafkaBroker.startTemporary()) {
            postgres.ensureDatabase("ideas");
            DevKeys keys = DevKeys.generate();
            List<ServiceProcess> replicas = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    // Each replica its own data folder (pid file, log), all on one database.
                    Path dir = Files.createDirectories(work.resolve("replica-" + i).resolve("logs")).getParent();
                    replicas.add(ServiceProcess.start(repo, dir, new ServiceProcess.Spec("ideas", KafkaBroker.freePort()),
                            ServiceProcess.environment(postgres, kafka, keys, "ideas")));
                }
                List<CompletableFuture<Void>> ready = replicas.stream().map(r -> CompletableFuture.runAsync(() -> {
                    try {
                        r.awaitReady(Duration.ofSeconds(180));
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                })).toList();
                CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
            } finally {
                for (ServiceProcess r : replicas) {
                    r.close();
                }
            }
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("ideas"), PostgresServer.USER, PostgresServer.PASSWORD);
                 ResultSet rs = db.createStatement().executeQuery(
                         "select version, count(*), bool_and(success) from flyway_schema_history where version is not null group by version")) {
                int versions = 0;
                while (rs.next()) {
                    versions++;
                    assertEquals(1, rs.getInt(2), "migration " + rs.getString(1) + " applied once");
                    assertTrue(rs.getBoolean(3), "migration " + rs.getString(1) + " succeeded");
                }
                assertTrue(versions >= 4, "the platform's and the service's migrations ran (" + versions + ")");
            }
        }
    }
}
