package de.norderstedt.go.local;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.DevTokens;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.infra.MailServer;
import de.norderstedt.go.platform.infra.PostgresServer;
import de.norderstedt.go.platform.infra.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine: real PostgreSQL and Kafka (from Maven Central artifacts, data
 * kept in deploy/local/.data), every service as its own process, the demo data of the real
 * programme, and the URLs and tokens a developer needs. Ctrl-C stops everything cleanly.
 *
 * <p>With {@code --infra} only PostgreSQL and Kafka, provisioned as for the whole system (a
 * database per service, topics, a SCRAM user per service with its ACLs), for services a developer
 * runs in {@code quarkus:dev}: what the whole run hands each service as environment, the dev
 * profile finds in {@code deploy/local/.data/dev/<service>.properties} (see {@link #DEV_CONFIG}).
 */
public final class LocalSystem {

    /** The services, in start order. Later services add themselves here. */
    static final List<ServiceProcess.Spec> SERVICES = List.of(
            new ServiceProcess.Spec("participants", 8081),
            new ServiceProcess.Spec("ideas", 8082),
            new ServiceProcess.Spec("workshops", 8083),
            new ServiceProcess.Spec("roadmap", 8084));

    /** The one entrance for clients; started after the services it routes to. */
    static final ServiceProcess.Spec GATEWAY = new ServiceProcess.Spec("gateway", 8080, 9000);

    static final int POSTGRES_PORT = Integer.getInteger("go.local.postgres-port", 55432);
    static final int KAFKA_PORT = Integer.getInteger("go.local.kafka-port", 59092);
    static final int KAFKA_CONTROLLER_PORT = Integer.getInteger("go.local.kafka-controller-port", 59093);
    static final int SMTP_PORT = Integer.getInteger("go.local.smtp-port", 52525);
    static final int MAIL_API_PORT = Integer.getInteger("go.local.mail-api-port", 58025);
    /** What links in the mails start with: the website is not part of this run, so the gateway's address. */
    static final String MAIL_LINK_BASE = "http://localhost:8080";

    /**
     * Where {@code --infra} writes, per service, what its {@code %dev} profile reads
     * ({@code %dev.quarkus.config.locations} in the service's application.properties): its Kafka
     * password, its service token and the key tokens are checked with. The database and Kafka
     * addresses are fixed {@code %dev} values there (the default ports above).
     */
    static final String DEV_CONFIG = "dev";

    private LocalSystem() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("go.local.repo", ".")).toAbsolutePath().normalize();
        Path data = repo.resolve("deploy/local/.data");
        boolean infrastructureOnly = List.of(args).contains("--infra");
        if (List.of(args).contains("--reset")) {
            System.out.println("Removing " + data + " (all local data) ...");
            deleteRecursively(data);
        }
        Files.createDirectories(data.resolve("logs"));
        List<AutoCloseable> running = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping ...");
            for (int i = running.size() - 1; i >= 0; i--) {
                try {
                    running.get(i).close();
                } catch (Exception e) {
                    System.err.println("while stopping: " + e);
                }
            }
            System.out.println("Stopped. Data kept in " + data + " (reset with: deploy/local/run --reset)");
            stopped.countDown();
        }, "local-system-shutdown"));

        long start = System.nanoTime();
        System.out.println("Starting PostgreSQL 17 on 127.0.0.1:" + POSTGRES_PORT + " ...");
        PostgresServer postgres = PostgresServer.startPersistent(data.resolve("postgres"), POSTGRES_PORT);
        running.add(postgres);
        System.out.println("Starting Kafka on 127.0.0.1:" + KAFKA_PORT + " ...");
        KafkaBroker kafka = KafkaBroker.startPersistent(data.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT);
        running.add(kafka);
        System.out.println("Starting the SMTP server (GreenMail) on 127.0.0.1:" + SMTP_PORT + " ...");
        MailServer mail = MailServer.startPersistent(data.resolve("mail"), SMTP_PORT, MAIL_API_PORT);
        running.add(mail);

        DevKeys keys = DevKeys.loadOrGenerate(data.resolve("keys"));
        if (infrastructureOnly) {
            provisionForDevMode(postgres, kafka, mail, keys, data);
            Map<String, String> roleTokens = roleTokens(keys);
            writeIntegratorConfig(kafka, data);
            printDevModeWelcome(kafka, roleTokens, Duration.ofNanos(System.nanoTime() - start), data);
            writeTokens(roleTokens, data);
            stopped.await();
            return;
        }
        for (ServiceProcess.Spec spec : SERVICES) {
            postgres.ensureDatabase(spec.database());
            System.out.println("Starting " + spec.name() + " on http://localhost:" + spec.port() + " ...");
            Map<String, String> environment = new java.util.HashMap<>(ServiceProcess.environment(postgres, kafka, keys, spec.database()));
            environment.put("GO_PARTICIPANT_DIRECTORY_PARTICIPANTS_URL", "http://127.0.0.1:" + SERVICES.get(0).port());
            environment.putAll(ServiceProcess.mailEnvironment(mail.host(), mail.smtpPort(), MAIL_LINK_BASE));
            environment.putAll(exportSources(spec.name(), name -> "http://127.0.0.1:" + port(name)));
            ServiceProcess service = ServiceProcess.start(repo, data, spec, environment);
            running.add(service);
        }
        System.out.println("Starting the gateway on http://localhost:" + GATEWAY.port() + " ...");
        Map<String, String> gatewayEnvironment = new java.util.HashMap<>();
        gatewayEnvironment.put("MP_JWT_VERIFY_PUBLICKEY", keys.publicKeyPem());
        gatewayEnvironment.put("GO_GATEWAY_PUBLIC_URL", "http://localhost:" + GATEWAY.port());
        for (ServiceProcess.Spec spec : SERVICES) {
            gatewayEnvironment.put("GO_GATEWAY_ROUTES_" + spec.name().toUpperCase() + "_URL", "http://127.0.0.1:" + spec.port());
        }
        running.add(ServiceProcess.start(repo, data, GATEWAY, gatewayEnvironment));
        for (AutoCloseable r : running) {
            if (r instanceof ServiceProcess service) {
                service.awaitReady(Duration.ofSeconds(180));
            }
        }

        Map<String, String> roleTokens = roleTokens(keys);

        Path marker = data.resolve("demo-data-loaded");
        if (!Files.exists(marker)) {
            System.out.println("Loading the demo data of the real programme ...");
            new DemoData(repo.resolve("deploy/local/demo"), SERVICES, roleTokens).load();
            Files.writeString(marker, java.time.Instant.now().toString());
        }

        writeIntegratorConfig(kafka, data);
        printWelcome(kafka, roleTokens, Duration.ofNanos(System.nanoTime() - start), data);
        writeTokens(roleTokens, data);
        stopped.await();
    }

    /**
     * participants assembles a person's export from the services that hold more of their data
     * ({@code go.participants.export-sources.<name>}); the others get nothing.
     */
    static Map<String, String> exportSources(String service, java.util.function.Function<String, String> url) {
        if (!service.equals("participants")) {
            return Map.of();
        }
        return Map.of("GO_PARTICIPANTS_EXPORT_SOURCES_IDEAS", url.apply("ideas"),
                "GO_PARTICIPANTS_EXPORT_SOURCES_WORKSHOPS", url.apply("workshops"));
    }

    private static int port(String service) {
        return SERVICES.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().port();
    }

    /** A bearer token for a demo user of each role, valid 12 hours. */
    private static Map<String, String> roleTokens(DevKeys keys) {
        DevTokens tokens = new DevTokens(keys);
        Map<String, String> roleTokens = new LinkedHashMap<>();
        Duration lifetime = Duration.ofHours(12);
        roleTokens.put("programme-lead", tokens.mint("demo-programme-lead", lifetime, "programme-lead"));
        roleTokens.put("core-team", tokens.mint("demo-core-team", lifetime, "core-team"));
        roleTokens.put("moderator", tokens.mint("demo-moderator", lifetime, "moderator"));
        roleTokens.put("admin", tokens.mint("demo-admin", lifetime, "admin"));
        roleTokens.put("ambassador", tokens.mint(DemoData.DEMO_AMBASSADOR_SUBJECT, lifetime));
        return roleTokens;
    }

    private static void writeIntegratorConfig(KafkaBroker kafka, Path data) throws IOException {
        Files.writeString(data.resolve("kafka-integrator.properties"), """
                # An integrator's consumer of the local system (read-only: go.ideas.v1, go.roadmap.v1, go.workshops.v1)
                bootstrap.servers=%s
                security.protocol=SASL_PLAINTEXT
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=%s
                group.id=integrator-open-data
                """.formatted(kafka.bootstrapServers(), KafkaBroker.scramJaas("integrator", kafka.password("integrator"))));
    }

    private static void writeTokens(Map<String, String> roleTokens, Path data) throws IOException {
        Files.writeString(data.resolve("tokens.env"), roleTokens.entrySet().stream()
                .map(e -> "TOKEN_" + e.getKey().toUpperCase().replace('-', '_') + "=" + e.getValue())
                .reduce("", (a, b) -> a + b + "\n"));
    }

    /**
     * {@code --infra}: each service's database, and per service what the whole run passes it as
     * environment ({@link ServiceProcess#environment}) beyond the fixed local addresses: its Kafka
     * password (the broker's provisioning made its SCRAM user and ACLs), its token for calls to
     * its neighbours (role service), and the public key tokens are verified with. The gateway gets
     * the key only.
     */
    private static void provisionForDevMode(PostgresServer postgres, KafkaBroker kafka, MailServer mail, DevKeys keys, Path data) throws IOException {
        Path dev = data.resolve(DEV_CONFIG);
        Files.createDirectories(dev);
        for (ServiceProcess.Spec spec : SERVICES) {
            postgres.ensureDatabase(spec.database());
            Map<String, String> config = new LinkedHashMap<>();
            config.put("go.kafka.password", kafka.password(spec.database()));
            config.put("go.service-auth.token", ServiceProcess.serviceToken(keys, "service-" + spec.database()));
            config.put("mp.jwt.verify.publickey", keys.publicKeyPem());
            config.put("quarkus.mailer.host", mail.host());
            config.put("quarkus.mailer.port", Integer.toString(mail.smtpPort()));
            config.put("go.mail.link-base", MAIL_LINK_BASE);
            exportSources(spec.name(), name -> "http://127.0.0.1:" + port(name)).forEach((key, value) ->
                    config.put(key.toLowerCase(java.util.Locale.ROOT).replace("go_participants_export_sources_", "go.participants.export-sources."), value));
            writeDevConfig(dev.resolve(spec.name() + ".properties"), spec.name(), config);
        }
        writeDevConfig(dev.resolve(GATEWAY.name() + ".properties"), GATEWAY.name(), Map.of("mp.jwt.verify.publickey", keys.publicKeyPem()));
    }

    private static void writeDevConfig(Path file, String service, Map<String, String> values) throws IOException {
        Properties properties = new Properties();
        properties.putAll(values);
        try (var out = Files.newOutputStream(file)) {
            properties.store(out, " Written by deploy/local/run --infra for: mvn -pl services/" + service
                    + " quarkus:dev (read by its %dev profile). Local only; written again at every start.");
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays as the directory's defaults make it.
        }
    }

    private static void printDevModeWelcome(KafkaBroker kafka, Map<String, String> tokens, Duration took, Path data) {
        StringBuilder out = new StringBuilder();
        out.append("\n================ PostgreSQL, Kafka and SMTP are running (ready in ").append(took.toSeconds()).append(" s) ================\n\n");
        out.append("  PostgreSQL   127.0.0.1:").append(POSTGRES_PORT).append("  user postgres / postgres, one database per service\n");
        out.append("  Kafka        ").append(kafka.bootstrapServers())
                .append("   topics, SCRAM users and ACLs as in the whole run (integrator client config in ")
                .append(data.resolve("kafka-integrator.properties")).append(")\n");
        out.append("  Mail (SMTP)  127.0.0.1:").append(SMTP_PORT).append("  GreenMail: takes every mail; read a mailbox at\n")
                .append("               http://127.0.0.1:").append(MAIL_API_PORT).append("/api/user/<address>/messages/  (raw MIME; all users: /api/user)\n");
        out.append("  Dev config   ").append(data.resolve(DEV_CONFIG))
                .append("/<service>.properties   (Kafka password, service token, token key; read by %dev)\n\n");
        out.append("  Start the services you work on, each in a terminal of its own (live reload; Dev UI at /q/dev-ui):\n");
        for (ServiceProcess.Spec spec : SERVICES) {
            out.append(String.format("    %-46s http://localhost:%d/api/%s%n", "./mvnw -pl services/" + spec.name() + " quarkus:dev", spec.port(), spec.name()));
        }
        out.append(String.format("    %-46s http://localhost:%d/api/{...}  (in front of the services that run)%n",
                "./mvnw -pl services/" + GATEWAY.name() + " quarkus:dev", GATEWAY.port()));
        out.append("  ideas, workshops and roadmap look people up at participants (8081): start it too where that matters.\n");
        out.append("  A second quarkus:dev at once finds the debug port 5005 taken; give it another: -Ddebug=5006\n\n");
        out.append("  Bearer tokens (valid 12 h; also in ").append(data.resolve("tokens.env")).append("):\n");
        tokens.forEach((role, token) -> out.append(String.format("    %-15s %s%n", role, token)));
        out.append("\n  Try:  source ").append(data.resolve("tokens.env")).append("\n");
        out.append("        curl -s -H \"Authorization: Bearer $TOKEN_MODERATOR\" http://localhost:8082/api/ideas/reported-comments | jq\n");
        out.append("\n  Ctrl-C stops PostgreSQL and Kafka; data stays in ").append(data).append(" (shared with deploy/local/run).\n");
        System.out.println(out);
    }

    private static void printWelcome(KafkaBroker kafka, Map<String, String> tokens, Duration took, Path data) {
        StringBuilder out = new StringBuilder();
        out.append("\n================ Norderstedt GO! is running (ready in ").append(took.toSeconds()).append(" s) ================\n\n");
        String gateway = "http://localhost:" + GATEWAY.port();
        out.append("  API         ").append(gateway).append("/api/{participants,ideas,workshops,roadmap}\n");
        out.append("  API docs    ").append(gateway).append("/q/swagger-ui   (OpenAPI 3.1: ").append(gateway).append("/openapi.json)\n");
        out.append("  health      http://localhost:").append(GATEWAY.managementPort())
                .append("/q/health/ready   (which services answer; management port, also /q/metrics)\n");
        out.append("\n  Kafka bootstrap   ").append(kafka.bootstrapServers())
                .append("   topics: go.participants.v1, go.ideas.v1, go.workshops.v1, go.roadmap.v1\n");
        out.append("  Kafka integrator  SASL_PLAINTEXT, SCRAM-SHA-512, user integrator, password ").append(kafka.password("integrator"))
                .append("\n                    reads go.ideas.v1, go.roadmap.v1, go.workshops.v1 with consumer groups integrator-*; client config in ")
                .append(data.resolve("kafka-integrator.properties")).append(" (see docs/events.md)\n");
        out.append("  PostgreSQL        127.0.0.1:").append(POSTGRES_PORT).append("  user postgres / postgres, one database per service\n");
        out.append("  Mail (SMTP)       127.0.0.1:").append(SMTP_PORT).append("  GreenMail: takes every mail; read a mailbox at\n")
                .append("                    http://127.0.0.1:").append(MAIL_API_PORT).append("/api/user/<address>/messages/  (raw MIME; all users: /api/user)\n");
        out.append("  Logs              ").append(data.resolve("logs")).append("\n\n");
        out.append("  Bearer tokens (valid 12 h; also in ").append(data.resolve("tokens.env")).append("):\n");
        tokens.forEach((role, token) -> out.append(String.format("    %-15s %s%n", role, token)));
        out.append("\n  Try:  curl -s http://localhost:8080/api/participants/ambassadors | jq\n");
        out.append("        curl -s 'http://localhost:8080/api/ideas/wall?perField=3' | jq\n");
        out.append("        curl -s 'http://localhost:8080/api/ideas?q=Radwege' | jq\n");
        out.append("        curl -s http://localhost:8080/api/workshops | jq      (calendar: http://localhost:8080/api/workshops/calendar.ics)\n");
        out.append("        curl -s http://localhost:8080/api/roadmap/versions/1.0/measures | jq    (open data: .../versions/1.0/open-data/measures.csv)\n");
        out.append("        curl -s -H \"Authorization: Bearer $TOKEN_PROGRAMME_LEAD\" http://localhost:8080/api/participants/statistics | jq\n");
        out.append("        (source ").append(data.resolve("tokens.env")).append(" first)\n");
        out.append("\n  Ctrl-C stops everything; data stays in ").append(data).append(" (deploy/local/run --reset starts afresh).\n");
        System.out.println(out);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
