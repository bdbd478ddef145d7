package de.norderstedt.go.platform.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * A real SMTP server running as its own JVM: GreenMail standalone from Maven Central. It accepts
 * mail for every address (no authentication, every recipient gets a mailbox) and keeps what it
 * received in memory; its HTTP API ({@link #apiUrl()}) lists a mailbox's messages
 * ({@code GET /api/user/<address>/messages/}, each with the raw MIME text). It can be stopped
 * and started again on the same ports, which is how tests prove that an outage only delays mail
 * (a restart starts with empty mailboxes).
 */
public final class MailServer implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "META-INF/norderstedt-go/mail-server.classpath";
    private static final String MAIN = "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final int smtpPort;
    private final int apiPort;
    private boolean temporary;

    private MailServer(Path home, int smtpPort, int apiPort) {
        this.home = home;
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
    }

    /** A server in a fresh temporary directory (its pid and log) on free ports. */
    public static MailServer startTemporary() {
        try {
            MailServer server = new MailServer(Files.createTempDirectory("go-mail-"), KafkaBroker.freePort(), KafkaBroker.freePort());
            server.temporary = true;
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server whose pid and log live in {@code home}, on the given ports (the local run). */
    public static MailServer startPersistent(Path home, int smtpPort, int apiPort) {
        MailServer server = new MailServer(home, smtpPort, apiPort);
        server.start();
        return server;
    }

    /** A handle on the server of {@code home}, started by someone else: it can stop and start it. */
    public static MailServer attach(Path home) {
        Properties ports = new Properties();
        try (var in = Files.newInputStream(home.resolve("ports.properties"))) {
            ports.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no mail server home at " + home, e);
        }
        return new MailServer(home, Integer.parseInt(ports.getProperty("smtp.port")), Integer.parseInt(ports.getProperty("api.port")));
    }

    public Path home() {
        return home;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Where the received mails can be read: GreenMail's HTTP API (and its page with links to it). */
    public String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    public synchronized boolean isRunning() {
        return pidFile().isRunning();
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve("ports.properties"), "smtp.port=" + smtpPort + "\napi.port=" + apiPort + "\n");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx128m", "-XX:+UseSerialGC",
                    "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                    "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                    "-Dgreenmail.auth.disabled", "-Dgreenmail.startup.timeout=20000",
                    "-cp", classpath(), MAIN))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("mail-server.log").toFile()))
                    .start();
            pidFile().write(process);
            awaitReady(process.toHandle());
        } catch (IOException e) {
            throw new UncheckedIOException("mail server did not start in " + home, e);
        }
    }

    /** Stops the server as an outage would; the mails it held are gone. */
    public synchronized void stop() {
        pidFile().stop(Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            PidFile.deleteTree(home);
        }
    }

    private PidFile pidFile() {
        return new PidFile(home.resolve("mail-server.pid"));
    }

    private void awaitReady(ProcessHandle process) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(apiUrl() + "/api/service/readiness")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mail server exited, see " + home.resolve("mail-server.log"));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("mail server not ready after " + START_TIMEOUT + ", see " + home);
    }

    private static String classpath() {
        try (InputStream in = MailServer.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build platform-mail-server first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
