package de.norderstedt.go.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes outbox rows to Kafka, in commit order, and marks a row only after Kafka acknowledged it.
 *
 * <p>Of several replicas only one publishes at a time: the relay that holds a PostgreSQL session
 * advisory lock, on a connection it keeps for that purpose. When that replica dies its connection
 * closes, the lock is released and another replica's relay takes over from the first unmarked row.
 * A crash between Kafka's acknowledgement and the mark publishes that row again after restart
 * (at-least-once); consumers deduplicate on the CloudEvents id.
 *
 * <p>Order per aggregate: a row is sent only when every earlier row of its aggregate has been
 * acknowledged, and the key is the aggregate id (one partition per aggregate). The producer is
 * idempotent with {@code acks=all}, so its own retries neither duplicate nor reorder.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "go_outbox";

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry registry;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
    private final AtomicReference<Instant> lastAcknowledged = new AtomicReference<>(Instant.now());
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean leader;
    private volatile boolean running;
    private Thread thread;
    private Counter published = Counter.builder("unregistered").register(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    private Counter failures = published;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
    }

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("go.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("go.outbox.oldest.pending.age", oldestPendingAgeSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest unpublished outbox row").register(registry);
        Gauge.builder("go.outbox.relay.leader", this, r -> r.leader ? 1 : 0)
                .description("1 if this replica's relay is the one publishing").register(registry);
        published = Counter.builder("go.outbox.published").description("Events acknowledged by Kafka").register(registry);
        failures = Counter.builder("go.outbox.publish.failures").description("Failed publish rounds").register(registry);
        if (config.relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts publishing (or standing by, if another replica publishes). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops this relay and releases the publishing role to another replica. */
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            // Let the current round finish (send, acknowledge, mark) so that a clean stop never
            // leaves sent-but-unmarked rows for the next relay to publish again.
            try {
                thread.join(config.pollInterval().plus(java.time.Duration.ofSeconds(20)).toMillis());
                if (thread.isAlive()) {
                    thread.interrupt();
                    thread.join(5_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** What readiness reports; see {@link OutboxHealthCheck}. */
    public RelayState state() {
        return new RelayState(config.relayEnabled(), leader, pending.get(), oldestPendingAgeSeconds.get(),
                lastAcknowledged.get(), lastError.get());
    }

    public record RelayState(boolean enabled, boolean leader, long pending, long oldestPendingAgeSeconds,
                             Instant lastAcknowledged, String lastError) {
    }

    private void run() {
        Duration backoff = config.minBackoff();
        Connection lockConnection = null;
        KafkaProducer<String, String> producer = null;
        Instant nextPurge = Instant.now();
        Instant nextLagRefresh = Instant.now();
        while (running) {
            try {
                if (lockConnection == null) {
                    lockConnection = dataSource.getConnection();
                    lockConnection.setAutoCommit(true);
                }
                if (!leader) {
                    leader = tryLock(lockConnection);
                    if (!leader) {
                        refreshLag(lockConnection);
                        await(lockConnection, config.pollInterval().multipliedBy(5));
                        continue;
                    }
                    listen(lockConnection);
                    LOG.info("outbox relay is publishing for this service");
                }
                if (producer == null) {
                    producer = newProducer();
                }
                int sent = publishBatch(lockConnection, producer);
                if (Instant.now().isAfter(nextLagRefresh)) {
                    refreshLag(lockConnection);
                    nextLagRefresh = Instant.now().plusSeconds(1);
                }
                backoff = config.minBackoff();
                if (Instant.now().isAfter(nextPurge)) {
                    purge(lockConnection);
                    nextPurge = Instant.now().plus(Duration.ofHours(1));
                }
                if (sent < config.batchSize()) {
                    await(lockConnection, config.pollInterval());
                }
            } catch (SQLException e) {
                lastError.set("database: " + e.getMessage());
                LOG.warnf("outbox relay lost its database connection (%s); retrying in %s", e.getMessage(), backoff);
                leader = false;
                release(lockConnection);
                lockConnection = null;
                backoff = pause(backoff);
            } catch (KafkaUnavailable e) {
                failures.increment();
                lastError.set("kafka: " + e.getMessage());
                LOG.warnf("Kafka did not acknowledge outbox events (%s); retrying in %s", e.getMessage(), backoff);
                // A fresh producer after a failed round: no stale in-flight state, and its first
                // request waits for metadata again instead of failing fast on a known-dead node.
                closeQuietly(producer);
                producer = null;
                backoff = pause(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                lastError.set(e.toString());
                LOG.error("outbox relay failed; retrying", e);
                backoff = pause(backoff);
            }
        }
        leader = false;
        closeQuietly(producer);
        release(lockConnection);
    }

    /**
     * Returns the lock connection to the pool without its session state: a pooled connection that
     * still held the advisory lock would keep every other replica from publishing.
     */
    private static void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("unlisten *");
            s.execute("select pg_advisory_unlock_all()");
        } catch (SQLException e) {
            LOG.debug("could not reset the relay connection; closing it", e);
        }
        closeQuietly(connection);
    }

    private int publishBatch(Connection connection, KafkaProducer<String, String> producer)
            throws SQLException, KafkaUnavailable, InterruptedException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, id, topic, aggregate_id, event_type, payload::text
                from outbox_event where published_at is null order by seq limit ?""")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        // At most one row per aggregate is in flight: a row is sent only once every earlier row of
        // its aggregate is acknowledged and marked. Order per aggregate then holds whatever the
        // producer does with a failed batch, at the price of one round trip per event of the same
        // aggregate in a burst.
        java.util.Set<String> inFlight = new java.util.HashSet<>();
        List<Row> toSend = rows.stream().filter(r -> inFlight.add(r.topic() + '\u0000' + r.aggregateId())).toList();
        List<Future<RecordMetadata>> acks = new ArrayList<>(toSend.size());
        try {
            for (Row row : toSend) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
                record.headers().add("id", row.id().getBytes(StandardCharsets.UTF_8));
                record.headers().add("eventType", row.eventType().getBytes(StandardCharsets.UTF_8));
                record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                Future<RecordMetadata> ack = producer.send(record);
                acks.add(ack);
                // send() reports a record it could not even enqueue (no metadata within max.block.ms
                // while Kafka is down) as an already failed future: do not wait for the rest.
                if (ack.isDone() && failed(ack)) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            throw new KafkaUnavailable(e.getMessage());
        }
        producer.flush();
        List<Row> acknowledged = new ArrayList<>(acks.size());
        String error = null;
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
                acknowledged.add(toSend.get(i));
            } catch (ExecutionException e) {
                error = e.getCause().getMessage();
            }
        }
        markAcknowledged(connection, acknowledged);
        if (error != null) {
            throw new KafkaUnavailable(error);
        }
        // Rows held back behind an earlier row of their aggregate are due now: no waiting.
        return toSend.size() < rows.size() ? config.batchSize() : rows.size();
    }

    private static boolean failed(Future<RecordMetadata> ack) throws InterruptedException {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private void markAcknowledged(Connection connection, List<Row> acknowledged) throws SQLException {
        int count = acknowledged.size();
        if (count == 0) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now(), attempts = attempts + 1 where seq = any(?)")) {
            Long[] seqs = acknowledged.stream().map(Row::seq).toArray(Long[]::new);
            update.setArray(1, connection.createArrayOf("bigint", seqs));
            update.executeUpdate();
        }
        published.increment(count);
        lastAcknowledged.set(Instant.now());
        lastError.set(null);
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "go-outbox-relay:" + config.source());
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("listen " + CHANNEL);
        }
    }

    /** Waits for a NOTIFY from a committing writer, at most {@code timeout}. */
    private void await(Connection connection, Duration timeout) throws SQLException, InterruptedException {
        if (leader) {
            connection.unwrap(PGConnection.class).getNotifications((int) Math.max(1, timeout.toMillis()));
        } else {
            Thread.sleep(timeout.toMillis());
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    private void refreshLag(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                     from outbox_event where published_at is null""")) {
            rs.next();
            pending.set(rs.getLong(1));
            oldestPendingAgeSeconds.set((long) rs.getDouble(2));
        }
    }

    private void purge(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox_event where published_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, config.retention().toSeconds());
            delete.executeUpdate();
        }
    }

    private KafkaProducer<String, String> newProducer() {
        // Every kafka.* setting of the service (security protocol, SASL, ...) applies; the
        // delivery guarantees below do not yield to configuration.
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.source().replaceAll("[^A-Za-z0-9]", ""));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private Duration pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            if (closeable instanceof KafkaProducer<?, ?> p) {
                p.close(Duration.ofSeconds(2));
            } else {
                closeable.close();
            }
        } catch (Exception e) {
            LOG.debug("closing failed", e);
        }
    }

    private record Row(long seq, String id, String topic, String aggregateId, String eventType, String payload) {
    }

    private static final class KafkaUnavailable extends Exception {
        KafkaUnavailable(String message) {
            super(message);
        }
    }
}
