package de.norderstedt.go.platform.testing;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.DevTokens;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.infra.PostgresServer;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a test reaches of the infrastructure {@link GoTestResource} started. */
public final class TestInfra {

    static final String JDBC_URL = "go.test.jdbc-url";
    static final String KAFKA_HOME = "go.test.kafka-home";
    static final String KAFKA_BOOTSTRAP = "go.test.kafka-bootstrap";
    static final String MAIL_HOME = "go.test.mail-home";
    static final String PRIVATE_KEY = "go.test.jwt-private-key";
    static final String SERVICES_DIR = "go.test.services-dir";
    static final String REPOSITORY = "go.test.repository";
    static final String PORT_KEY = "go.test.port";

    private TestInfra() {
    }

    /** The broker, to stop and start it again (same port, same data). */
    public static KafkaBroker kafka() {
        return KafkaBroker.attach(Path.of(required(KAFKA_HOME)));
    }

    /**
     * Stops PostgreSQL at once (fast shutdown: every open session ends), as a database outage or
     * failover would; {@link #startPostgres()} brings it back on the same port with the same data.
     */
    public static void stopPostgres() {
        postgres("stop");
    }

    public static void startPostgres() {
        postgres("start");
    }

    private static void postgres(String operation) {
        try {
            java.lang.management.ManagementFactory.getPlatformMBeanServer()
                    .invoke(new javax.management.ObjectName(PostgresControlMBean.NAME), operation, null, null);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("PostgreSQL " + operation + " failed", e);
        }
    }

    /** Base URL of a service started for real by {@link GoTestResource#SERVICES}. */
    public static String serviceUrl(String name) {
        return required("go.test.service." + name);
    }

    /** What a service started by {@link GoTestResource#SERVICES} has written to its log so far. */
    public static String serviceLog(String name) {
        try {
            return java.nio.file.Files.readString(Path.of(required(SERVICES_DIR), "logs", name + ".log"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stops a service started by {@link GoTestResource#SERVICES}, as an outage would. */
    public static void stopService(String name) {
        try {
            if (!de.norderstedt.go.platform.infra.ServiceProcess.stop(Path.of(required(SERVICES_DIR)), name)) {
                throw new IllegalStateException(name + " was not running");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts a stopped service again, on its port, against the same database and broker; returns when it is ready. */
    public static void startService(String name) {
        Path work = Path.of(required(SERVICES_DIR));
        java.util.Properties saved = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(work.resolve(name + ".env"))) {
            saved.load(in);
            Map<String, String> environment = new LinkedHashMap<>();
            saved.stringPropertyNames().stream().filter(k -> !k.equals(PORT_KEY)).forEach(k -> environment.put(k, saved.getProperty(k)));
            var spec = new de.norderstedt.go.platform.infra.ServiceProcess.Spec(name, Integer.parseInt(saved.getProperty(PORT_KEY)));
            de.norderstedt.go.platform.infra.ServiceProcess.start(Path.of(required(REPOSITORY)), work, spec, environment)
                    .awaitReady(java.time.Duration.ofSeconds(120));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String kafkaBootstrapServers() {
        return required(KAFKA_BOOTSTRAP);
    }

    /** Kafka client settings of {@code principal} (see KafkaAccess), with its real password. */
    public static Map<String, Object> kafkaClient(String principal) {
        return kafka().clientProperties(principal);
    }

    /** A bearer token for {@code subject} with the given roles, signed with the key the service trusts. */
    public static String token(String subject, String... roles) {
        return new DevTokens(keys()).mint(subject, roles);
    }

    /**
     * Eight random letters, to make titles and names unique: digits there could read as a phone
     * number to the personal-data scan of the topics.
     */
    public static String uniqueLetters() {
        StringBuilder letters = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** A token for a new, unique person with the given roles. */
    public static String tokenForNewPerson(String... roles) {
        return token("test-" + UUID.randomUUID(), roles);
    }

    public static DevKeys keys() {
        try {
            var privateKey = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(required(PRIVATE_KEY))));
            return new DevKeys(new KeyPair(null, privateKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain JDBC connection to the service's database, to assert on rows directly. */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection(required(JDBC_URL), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** Runs a query and returns its rows as column-name maps. */
    public static List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... params) {
        return ((Number) query(sql, params).get(0).values().iterator().next()).longValue();
    }

    /**
     * Per table of the service's database (but the directory projection and Flyway's history): how
     * many rows contain any of {@code texts} anywhere in their text form. Erasure tests ask it for a
     * person's id and account: every table must answer nothing.
     */
    public static Map<String, Long> rowsMentioning(String... texts) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (Map<String, Object> table : query(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")) {
            String name = (String) table.get("table_name");
            if (name.equals("participant_ref") || name.startsWith("flyway")) {
                continue;
            }
            for (String text : texts) {
                long hits = count("select count(*) from \"" + name + "\" t where strpos(t::text, ?) > 0", text);
                if (hits > 0) {
                    found.merge(name, hits, Long::sum);
                }
            }
        }
        return found;
    }

    public static void execute(String sql, Object... params) {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: annotate the test with @WithTestResource(GoTestResource.class)");
        }
        return value;
    }
}
