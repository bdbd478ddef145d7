package de.norderstedt.go.platform.testing;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Base64;
import java.util.Map;

/**
 * Starts what a service needs for {@code @QuarkusTest}: a real PostgreSQL with the service's
 * database and a real Kafka broker, and a signing key whose public half the service trusts.
 * Use with {@code @WithTestResource(GoTestResource.class)} on every test class of a service, so that
 * all share one application start. {@link TestInfra} gives tests access to all three.
 */
public class GoTestResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "service";

    private PostgresServer postgres;
    private KafkaBroker kafka;

    @Override
    public Map<String, String> start() {
        postgres = PostgresServer.startTemporary();
        postgres.ensureDatabase(DATABASE);
        kafka = KafkaBroker.startTemporary();
        DevKeys keys = DevKeys.generate();

        // Test code may run in another class loader than this resource: hand over by system property.
        System.setProperty(TestInfra.JDBC_URL, postgres.jdbcUrl(DATABASE));
        System.setProperty(TestInfra.KAFKA_HOME, kafka.home().toString());
        System.setProperty(TestInfra.KAFKA_BOOTSTRAP, kafka.bootstrapServers());
        System.setProperty(TestInfra.PRIVATE_KEY, Base64.getEncoder().encodeToString(keys.privateKey().getEncoded()));

        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.jwt.verify.publickey", keys.publicKeyPem());
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
