package de.norderstedt.go.platform.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker (KRaft, broker and controller in one node) running as its own JVM, started
 * from the kafka_2.13 artifact on Maven Central. It can be stopped and started again on the same
 * ports and log directory, which is how tests prove that an outage only delays events.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "META-INF/norderstedt-go/kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final int port;
    private final int controllerPort;
    private boolean temporary;

    private KafkaBroker(Path home, int port, int controllerPort) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker in a fresh temporary directory on free ports. */
    public static KafkaBroker startTemporary() {
        try {
            Path home = Files.createTempDirectory("go-kafka-");
            KafkaBroker broker = new KafkaBroker(home, freePort(), freePort());
            broker.temporary = true;
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A handle on the broker living in {@code home}, started by someone else (a test resource) or
     * not running: it can stop and start that broker, since the process id is kept in a file.
     */
    public static KafkaBroker attach(Path home) {
        try {
            java.util.Properties ports = new java.util.Properties();
            try (var in = Files.newInputStream(home.resolve("ports.properties"))) {
                ports.load(in);
            }
            return new KafkaBroker(home, Integer.parseInt(ports.getProperty("port")),
                    Integer.parseInt(ports.getProperty("controller.port")));
        } catch (IOException e) {
            throw new UncheckedIOException("no Kafka broker home at " + home, e);
        }
    }

    public Path home() {
        return home;
    }

    /** A broker that keeps its log in {@code home}; formats the storage on first start only. */
    public static KafkaBroker startPersistent(Path home, int port, int controllerPort) {
        KafkaBroker broker = new KafkaBroker(home, port, controllerPort);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return process().map(ProcessHandle::isAlive).orElse(false);
    }

    private java.util.Optional<ProcessHandle> process() {
        try {
            Path pidFile = home.resolve("broker.pid");
            if (!Files.exists(pidFile)) {
                return java.util.Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Path logDir = home.resolve("log");
            Files.createDirectories(logDir);
            Path config = writeConfig(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(config);
            }
            Files.writeString(home.resolve("ports.properties"), "port=" + port + "\ncontroller.port=" + controllerPort + "\n");
            Process process = java("kafka.Kafka", config.toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("broker.out").toFile()))
                    .start();
            Files.writeString(home.resolve("broker.pid"), Long.toString(process.pid()));
            awaitPort(process.toHandle());
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start in " + home, e);
        }
    }

    /** Stops the broker the way an operator would (SIGTERM), waiting for a clean shutdown. */
    public synchronized void stop() {
        process().ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Files.deleteIfExists(home.resolve("broker.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the broker; a temporary one also loses its directory. */
    @Override
    public void close() {
        stop();
        if (temporary) {
            try (var paths = Files.walk(home)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void format(Path config) throws IOException {
        Process formatter = java("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "--cluster-id=" + clusterId(), "-c", config.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("format.out").toFile()))
                .start();
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka storage failed, see " + home.resolve("format.out"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ProcessBuilder java(String mainClass, String... args) throws IOException {
        Path log4j = home.resolve("log4j2.properties");
        Files.writeString(log4j, """
                status = warn
                appender.file.type = File
                appender.file.name = file
                appender.file.fileName = %s
                appender.file.layout.type = PatternLayout
                appender.file.layout.pattern = [%%d] %%p %%m (%%c)%%n
                rootLogger.level = info
                rootLogger.appenderRef.file.ref = file
                """.formatted(home.resolve("broker.log")));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + log4j,
                "-cp", brokerClasspath(),
                mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    private Path writeConfig(Path logDir) throws IOException {
        Path config = home.resolve("server.properties");
        Files.writeString(config, """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, logDir));
        return config;
    }

    private void awaitPort(ProcessHandle process) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited, see " + home.resolve("broker.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("Kafka broker not listening after " + START_TIMEOUT + ", see " + home);
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build platform-kafka-broker first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
