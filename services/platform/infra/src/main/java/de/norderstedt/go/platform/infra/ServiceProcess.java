package de.norderstedt.go.platform.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One service as its own JVM, started from its Quarkus fast-jar, stopped with SIGTERM: the local
 * run starts every service this way, and a service's tests start the services it calls.
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * A service, its HTTP port and the port of its management interface (health, metrics), which
     * is the HTTP port itself for the services; the gateway keeps its own apart from the public one.
     */
    public record Spec(String name, int port, int managementPort) {
        public Spec(String name, int port) {
            this(name, port, port);
        }

        public String database() {
            return name;
        }

        public Path jar(Path repo) {
            return repo.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    private final Spec spec;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ServiceProcess(Spec spec, Process process, Path log, Path pidFile) {
        this.spec = spec;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    /**
     * What a service needs to run against this machine's PostgreSQL (its own database), Kafka and
     * signing key, as environment variables. The local run, the benchmarks and the tests use this.
     */
    public static Map<String, String> environment(PostgresServer postgres, KafkaBroker kafka, DevKeys keys, String database) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                // The service's own Kafka principal (named like the service) and its password.
                "GO_KAFKA_PASSWORD", kafka.password(database),
                "GO_SERVICE_AUTH_TOKEN", serviceToken(keys, "service-" + database),
                "MP_JWT_VERIFY_PUBLICKEY", keys.publicKeyPem());
    }

    /** Where a service sends its mail (an SMTP server without authentication) and what links in mails start with. */
    public static Map<String, String> mailEnvironment(String smtpHost, int smtpPort, String linkBase) {
        return Map.of(
                "QUARKUS_MAILER_HOST", smtpHost,
                "QUARKUS_MAILER_PORT", Integer.toString(smtpPort),
                "GO_MAIL_LINK_BASE", linkBase);
    }

    /**
     * The token a service calls its neighbours with where there is no identity provider to issue
     * client-credentials tokens (the local run, the tests): role {@code service}, valid 30 days.
     */
    public static String serviceToken(DevKeys keys, String subject) {
        return new DevTokens(keys).mint(subject, Duration.ofDays(30), "service");
    }

    public static ServiceProcess start(Path repo, Path data, Spec spec, Map<String, String> environment) throws IOException {
        Path jar = spec.jar(repo);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + spec.name() + " first (mvn package does)");
        }
        Path pidFile = data.resolve("pids").resolve(spec.name() + ".pid");
        Files.createDirectories(pidFile.getParent());
        stopLeftover(pidFile);
        Path log = data.resolve("logs").resolve(spec.name() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + spec.port()));
        if (spec.managementPort() != spec.port()) {
            command.add("-Dquarkus.management.port=" + spec.managementPort());
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new ServiceProcess(spec, process, log, pidFile);
    }

    /**
     * Stops the service whose pid {@code data} records, as an outage would (SIGTERM), and returns
     * whether one was running. Tests use it to take a neighbour away and {@link #start} it again.
     */
    public static boolean stop(Path data, String name) throws IOException {
        Path pidFile = data.resolve("pids").resolve(name + ".pid");
        boolean running = Files.exists(pidFile)
                && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).map(ProcessHandle::isAlive).orElse(false);
        stopLeftover(pidFile);
        Files.deleteIfExists(pidFile);
        return running;
    }

    /** A service left running by a launcher that was killed: stop it before taking its port. */
    private static void stopLeftover(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        leftover.filter(ProcessHandle::isAlive).ifPresent(p -> {
            p.destroy();
            p.onExit().orTimeout(20, TimeUnit.SECONDS).join();
        });
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create("http://127.0.0.1:" + spec.managementPort() + "/q/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(spec.name() + " not ready after " + timeout + "; see " + log);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws Exception {
        // Another launcher may have started this service again in the meantime (see stop/start).
        stopLeftover(pidFile);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(pidFile);
    }
}
