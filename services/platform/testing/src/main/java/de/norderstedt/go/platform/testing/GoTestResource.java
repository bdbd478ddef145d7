package de.norderstedt.go.platform.testing;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.KafkaAccess;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.infra.MailServer;
import de.norderstedt.go.platform.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import de.norderstedt.go.platform.infra.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Starts what a service needs for {@code @QuarkusTest}: a real PostgreSQL with the service's
 * database, a real Kafka broker, a real SMTP server (GreenMail), and a signing key whose public half the service trusts.
 * Use with {@code @WithTestResource(GoTestResource.class)} on every test class of a service, so that
 * all share one application start. {@link TestInfra} gives tests access to all three.
 */
public class GoTestResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "service";

    /** Init arg: comma-separated services to start as real processes, in order, e.g. {@code participants,ideas}. */
    public static final String SERVICES = "services";

    /**
     * Init arg: settings for those services, {@code NAME=value} separated by {@code ;}, e.g.
     * {@code QUARKUS_HTTP_IDLE_TIMEOUT=1S} for services that close idle connections at once.
     */
    public static final String SERVICE_ENVIRONMENT = "serviceEnvironment";

    private PostgresServer postgres;
    private KafkaBroker kafka;
    private MailServer mail;
    private final List<ServiceProcess> services = new ArrayList<>();
    private List<String> serviceNames = List.of();
    private final Map<String, String> serviceEnvironment = new HashMap<>();
    private Path work;

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.getOrDefault(SERVICES, "");
        serviceNames = names.isBlank() ? List.of() : List.of(names.split(","));
        for (String setting : initArgs.getOrDefault(SERVICE_ENVIRONMENT, "").split(";")) {
            if (setting.contains("=")) {
                serviceEnvironment.put(setting.substring(0, setting.indexOf('=')).strip(), setting.substring(setting.indexOf('=') + 1).strip());
            }
        }
    }

    @Override
    public Map<String, String> start() {
        postgres = PostgresServer.startTemporary();
        postgres.ensureDatabase(DATABASE);
        kafka = KafkaBroker.startTemporary();
        mail = MailServer.startTemporary();
        DevKeys keys = DevKeys.generate();

        // Test code may run in another class loader than this resource: hand over by system property.
        System.setProperty(TestInfra.JDBC_URL, postgres.jdbcUrl(DATABASE));
        System.setProperty(TestInfra.KAFKA_HOME, kafka.home().toString());
        registerPostgresControl(postgres);
        System.setProperty(TestInfra.KAFKA_BOOTSTRAP, kafka.bootstrapServers());
        System.setProperty(TestInfra.MAIL_HOME, mail.home().toString());
        System.setProperty(TestInfra.PRIVATE_KEY, Base64.getEncoder().encodeToString(keys.privateKey().getEncoded()));

        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "mp.jwt.verify.publickey", keys.publicKeyPem(),
                // The service under test calls its neighbours with a token of its own (role service).
                "go.service-auth.token", ServiceProcess.serviceToken(keys, "service-under-test")));
        // Every principal's password: the service under test picks its own (go.kafka.username).
        config.putAll(Map.of(
                "quarkus.mailer.host", mail.host(),
                "quarkus.mailer.port", Integer.toString(mail.smtpPort()),
                "go.mail.link-base", TestMail.LINK_BASE));
        for (KafkaAccess.Principal principal : KafkaAccess.PRINCIPALS) {
            config.put("go.kafka.passwords." + principal.name(), kafka.password(principal.name()));
        }
        startServices(keys, config);
        return config;
    }

    private static void registerPostgresControl(PostgresServer server) {
        try {
            var beans = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            var name = new javax.management.ObjectName(PostgresControlMBean.NAME);
            if (beans.isRegistered(name)) {
                beans.unregisterMBean(name);
            }
            beans.registerMBean(new javax.management.StandardMBean(new PostgresControlMBean() {
                @Override
                public void stop() {
                    server.stop();
                }

                @Override
                public void start() {
                    server.start();
                }
            }, PostgresControlMBean.class), name);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The services this one calls run for real, from their fast-jars (the reactor builds them
     * first), against the same PostgreSQL (own databases) and Kafka.
     */
    private void startServices(DevKeys keys, Map<String, String> config) {
        if (serviceNames.isEmpty()) {
            return;
        }
        try {
            work = Files.createTempDirectory("go-test-services-");
            System.setProperty(TestInfra.SERVICES_DIR, work.toString());
            System.setProperty(TestInfra.REPOSITORY, repositoryRoot().toString());
            Files.createDirectories(work.resolve("logs"));
            Path repo = repositoryRoot();
            String participantsUrl = null;
            Map<String, ServiceProcess.Spec> specs = new java.util.LinkedHashMap<>();
            for (String name : serviceNames) {
                specs.put(name.strip(), new ServiceProcess.Spec(name.strip(), KafkaBroker.freePort()));
            }
            for (ServiceProcess.Spec spec : specs.values()) {
                postgres.ensureDatabase(spec.database());
                Map<String, String> environment = new HashMap<>(ServiceProcess.environment(postgres, kafka, keys, spec.database()));
                environment.putAll(ServiceProcess.mailEnvironment(mail.host(), mail.smtpPort(), TestMail.LINK_BASE));
                // What a test resource's service retries, the processes retry as quickly.
                environment.put("GO_MAIL_MIN_BACKOFF", "500ms");
                environment.put("GO_MAIL_MAX_BACKOFF", "2s");
                if (spec.name().equals("participants")) {
                    // The one export: participants asks the neighbours that run here for their part.
                    for (String source : List.of("ideas", "workshops")) {
                        if (specs.containsKey(source)) {
                            environment.put("GO_PARTICIPANTS_EXPORT_SOURCES_" + source.toUpperCase(java.util.Locale.ROOT),
                                    "http://127.0.0.1:" + specs.get(source).port());
                        }
                    }
                }
                environment.putAll(serviceEnvironment);
                if (participantsUrl != null) {
                    environment.put("GO_PARTICIPANT_DIRECTORY_PARTICIPANTS_URL", participantsUrl);
                }
                ServiceProcess process = ServiceProcess.start(repo, work, spec, environment);
                Properties saved = new Properties();
                saved.putAll(environment);
                saved.setProperty(TestInfra.PORT_KEY, Integer.toString(spec.port()));
                try (var out = Files.newOutputStream(work.resolve(spec.name() + ".env"))) {
                    saved.store(out, "how to start " + spec.name() + " again (TestInfra.startService)");
                }
                services.add(process);
                process.awaitReady(Duration.ofSeconds(120));
                String url = "http://127.0.0.1:" + spec.port();
                System.setProperty("go.test.service." + spec.name(), url);
                config.put("go.gateway.routes." + spec.name() + ".url", url);
                if (spec.name().equals("participants")) {
                    participantsUrl = url;
                    config.put("go.participant-directory.participants-url", url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("services/platform"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the repository: " + Path.of("").toAbsolutePath());
    }

    @Override
    public void stop() {
        for (ServiceProcess service : services) {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("stopping " + service + ": " + e);
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
