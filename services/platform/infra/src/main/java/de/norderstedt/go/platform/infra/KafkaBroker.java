package de.norderstedt.go.platform.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker (KRaft, broker and controller in one node) running as its own JVM, started
 * from the kafka_2.13 artifact on Maven Central. It can be stopped and started again on the same
 * ports and log directory, which is how tests prove that an outage only delays events.
 * Authentication (SCRAM-SHA-512) and ACLs are on, as in production: see {@link KafkaAccess}.
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
        return pidFile().isRunning();
    }

    private PidFile pidFile() {
        return new PidFile(home.resolve("broker.pid"));
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
            pidFile().write(process);
            awaitPort(process.toHandle());
            provision();
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start in " + home, e);
        }
    }

    /** Stops the broker the way an operator would (SIGTERM), waiting for a clean shutdown. */
    public synchronized void stop() {
        pidFile().stop(Duration.ofSeconds(30));
    }

    /** Stops the broker; a temporary one also loses its directory. */
    @Override
    public void close() {
        stop();
        if (temporary) {
            PidFile.deleteTree(home);
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
        // No anonymous access on any listener: clients authenticate with SCRAM-SHA-512 (the users
        // are created by provision()), the broker itself and the controller with PLAIN as the
        // super user, whose password only this file and credentials.properties hold. Every
        // principal gets only what KafkaAccess grants it; topics are created, never auto-created.
        String admin = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%1$s\" password=\"%2$s\" user_%1$s=\"%2$s\";"
                .formatted(KafkaAccess.ADMIN, password(KafkaAccess.ADMIN));
        Files.writeString(config, """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=SASL_PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=SASL_PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
                inter.broker.listener.name=SASL_PLAINTEXT
                sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN
                sasl.mechanism.inter.broker.protocol=PLAIN
                sasl.mechanism.controller.protocol=PLAIN
                listener.name.sasl_plaintext.plain.sasl.jaas.config=%4$s
                listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
                listener.name.controller.sasl.enabled.mechanisms=PLAIN
                listener.name.controller.plain.sasl.jaas.config=%4$s
                authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
                super.users=User:%5$s
                allow.everyone.if.no.acl.found=false
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, logDir, admin, KafkaAccess.ADMIN));
        return config;
    }

    /**
     * The password of {@code principal} on this broker (generated on first use and kept in the
     * broker's directory, so a restarted broker and every handle on it agree).
     */
    public synchronized String password(String principal) {
        try {
            Path file = home.resolve("credentials.properties");
            java.util.Properties credentials = new java.util.Properties();
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    credentials.load(in);
                }
            }
            String password = credentials.getProperty(principal);
            if (password == null) {
                byte[] random = new byte[18];
                new java.security.SecureRandom().nextBytes(random);
                password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                credentials.setProperty(principal, password);
                try (var out = Files.newOutputStream(file)) {
                    credentials.store(out, "Kafka principals of this broker and their passwords");
                }
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Client settings for {@code principal} (SCRAM-SHA-512), e.g. for a consumer an integrator would write. */
    public Map<String, Object> clientProperties(String principal) {
        return clientProperties(principal, password(principal));
    }

    /** Client settings with an explicit password (a wrong one, in the tests that prove it is refused). */
    public Map<String, Object> clientProperties(String principal, String password) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers());
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", scramJaas(principal, password));
        return props;
    }

    public static String scramJaas(String principal, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";"
                .formatted(principal, password);
    }

    private Map<String, Object> adminProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers());
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "PLAIN");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\";"
                .formatted(KafkaAccess.ADMIN, password(KafkaAccess.ADMIN)));
        props.put("request.timeout.ms", 10_000);
        props.put("default.api.timeout.ms", 30_000);
        return props;
    }

    /**
     * Creates what {@link KafkaAccess} describes, as Strimzi's topic and user operators would: the
     * topics, a SCRAM user per principal, and its ACLs. Idempotent; runs after every start.
     */
    private void provision() {
        try (Admin admin = Admin.create(adminProperties())) {
            List<NewTopic> topics = KafkaAccess.TOPICS.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList();
            for (var result : admin.createTopics(topics).values().values()) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            List<UserScramCredentialAlteration> users = KafkaAccess.PRINCIPALS.stream()
                    .<UserScramCredentialAlteration>map(p -> new UserScramCredentialUpsertion(p.name(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password(p.name())))
                    .toList();
            admin.alterUserScramCredentials(users).all().get();
            List<AclBinding> acls = new ArrayList<>();
            for (KafkaAccess.Principal p : KafkaAccess.PRINCIPALS) {
                String user = "User:" + p.name();
                for (String topic : p.writes()) {
                    acls.add(allow(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), user, AclOperation.WRITE));
                    acls.add(allow(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), user, AclOperation.DESCRIBE));
                }
                if (!p.writes().isEmpty()) {
                    acls.add(allow(new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL), user, AclOperation.IDEMPOTENT_WRITE));
                }
                for (String topic : p.reads()) {
                    acls.add(allow(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), user, AclOperation.READ));
                    acls.add(allow(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), user, AclOperation.DESCRIBE));
                }
                acls.add(allow(new ResourcePattern(ResourceType.GROUP, p.groupPrefix(), PatternType.PREFIXED), user, AclOperation.READ));
            }
            admin.createAcls(acls).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("provisioning Kafka in " + home + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        awaitScramLogin();
    }

    /**
     * A topic outside {@link KafkaAccess}, for a test of the relay's own guarantees: created, with
     * write access for {@code writer} and read access for the auditor that tests read with.
     */
    public void createTopic(String topic, String writer) {
        try (Admin admin = Admin.create(adminProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            ResourcePattern pattern = new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL);
            admin.createAcls(List.of(
                    allow(pattern, "User:" + writer, AclOperation.WRITE),
                    allow(pattern, "User:" + writer, AclOperation.DESCRIBE),
                    allow(pattern, "User:auditor", AclOperation.READ),
                    allow(pattern, "User:auditor", AclOperation.DESCRIBE))).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create " + topic + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AclBinding allow(ResourcePattern resource, String principal, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    /** The broker applies new SCRAM users from its metadata log shortly after they are stored. */
    private void awaitScramLogin() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Map<String, Object> props = clientProperties(KafkaAccess.PRINCIPALS.get(KafkaAccess.PRINCIPALS.size() - 1).name());
        props.put("request.timeout.ms", 3_000);
        props.put("default.api.timeout.ms", 3_000);
        while (true) {
            try (Admin client = Admin.create(props)) {
                client.describeTopics(List.of(KafkaAccess.TOPICS.get(0))).allTopicNames().get();
                return;
            } catch (ExecutionException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("SCRAM users not usable after provisioning: " + e.getCause(), e.getCause());
                }
                sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
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
