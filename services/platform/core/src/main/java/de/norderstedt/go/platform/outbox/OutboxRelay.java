package de.norderstedt.go.platform.outbox;

import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.retry.Backoff;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes outbox rows to Kafka and marks a row only after Kafka acknowledged it. Rows are read
 * by {@code seq}, the order they were inserted in, which is not commit order: a row whose
 * transaction commits late is published once it is visible, possibly after rows with a higher
 * {@code seq} of other aggregates.
 *
 * <p>Of several replicas only one publishes at a time ({@link RelayLeadership}: a PostgreSQL
 * session advisory lock). When that replica dies another replica's relay takes over from the
 * first unmarked row. A crash between Kafka's acknowledgement and the mark publishes that row
 * again after restart (at-least-once); consumers deduplicate on the CloudEvents id.
 *
 * <p>Order per aggregate: a row is sent only when every earlier row of its aggregate has been
 * acknowledged, and the key is the aggregate id (one partition per aggregate; {@link OutboxSender}).
 * Rows are read and marked by {@link OutboxStore}; what the relay does is shown by {@link OutboxMetrics}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final Duration BACKLOG_EVERY = Duration.ofSeconds(1);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final OutboxStore store = new OutboxStore();
    private final OutboxMetrics metrics;

    /** The leadership of the current run; null before the first. */
    private volatile RelayLeadership leadership;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.metrics = new OutboxMetrics(registry);
    }

    void onStart(@Observes StartupEvent event) {
        metrics.register(this::leading);
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
                thread.join(config.pollInterval().plus(Duration.ofSeconds(20)).toMillis());
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
        return new RelayState(config.relayEnabled(), leading(), metrics.pending(), metrics.oldestPendingAgeSeconds(),
                metrics.lastAcknowledged(), metrics.lastError());
    }

    public record RelayState(boolean enabled, boolean leader, long pending, long oldestPendingAgeSeconds,
                             Instant lastAcknowledged, String lastError) {
    }

    private boolean leading() {
        RelayLeadership current = leadership;
        return current != null && current.leading();
    }

    private void run() {
        Backoff backoff = new Backoff(config.minBackoff(), config.maxBackoff());
        RelayLeadership lead = new RelayLeadership(dataSource, "go-outbox-relay:" + config.source());
        leadership = lead;
        OutboxSender sender = new OutboxSender(kafkaConfig, config.source());
        Instant nextPurge = Timestamps.now();
        Instant nextBacklog = Timestamps.now();
        while (running) {
            try {
                if (!lead.tryLead()) {
                    metrics.backlog(store.backlog(lead.connection()));
                    lead.await(config.pollInterval().multipliedBy(5));
                    continue;
                }
                sender.open();
                int sent = publishRound(lead.connection(), sender);
                if (Timestamps.now().isAfter(nextBacklog)) {
                    metrics.backlog(store.backlog(lead.connection()));
                    nextBacklog = Timestamps.now().plus(BACKLOG_EVERY);
                }
                backoff.reset();
                if (Timestamps.now().isAfter(nextPurge)) {
                    store.purge(lead.connection(), config.retention());
                    nextPurge = Timestamps.now().plus(PURGE_EVERY);
                }
                if (sent < config.batchSize()) {
                    lead.await(config.pollInterval());
                }
            } catch (SQLException e) {
                metrics.failed("database: " + e.getMessage());
                LOG.warnf("outbox relay lost its database connection (%s); retrying in %s", e.getMessage(), backoff.current());
                lead.lost();
                pause(backoff);
            } catch (KafkaUnavailable e) {
                metrics.kafkaFailed(e.getMessage());
                OutboxRow first = e.unacknowledged.get(0);
                LOG.warnf("Kafka did not acknowledge %d outbox event(s), among them %s of %s (sent %d times) (%s); retrying in %s",
                        e.unacknowledged.size(), first.id(), first.topic(), first.attempts() + 1, e.getMessage(), backoff.current());
                sender.reset();
                pause(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                metrics.failed(e.toString());
                LOG.error("outbox relay failed; retrying", e);
                pause(backoff);
            }
        }
        sender.close();
        lead.close();
    }

    /**
     * One round: the first unpublished rows, of each aggregate only its earliest, sent and marked.
     * Answers how many rows were due, or the batch size when rows wait behind an earlier row of
     * their aggregate (they are due now: no waiting).
     */
    private int publishRound(Connection connection, OutboxSender sender)
            throws SQLException, KafkaUnavailable, InterruptedException {
        List<OutboxRow> rows = store.unpublished(connection, config.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        // At most one row per aggregate is in flight: a row is sent only once every earlier row of
        // its aggregate is acknowledged and marked. Order per aggregate then holds whatever the
        // producer does with a failed batch, at the price of one round trip per event of the same
        // aggregate in a burst.
        Set<String> inFlight = new HashSet<>();
        List<OutboxRow> toSend = rows.stream().filter(r -> inFlight.add(r.aggregateKey())).toList();
        OutboxSender.Result result = sender.send(toSend);
        store.markPublished(connection, result.acknowledged());
        metrics.acknowledged(result.acknowledged().size());
        store.countFailedAttempt(connection, result.unacknowledged());
        if (result.failed()) {
            throw new KafkaUnavailable(result.error(), result.unacknowledged());
        }
        return toSend.size() < rows.size() ? config.batchSize() : rows.size();
    }

    private void pause(Backoff backoff) {
        try {
            backoff.pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static final class KafkaUnavailable extends Exception {
        final transient List<OutboxRow> unacknowledged;

        KafkaUnavailable(String message, List<OutboxRow> unacknowledged) {
            super(message);
            this.unacknowledged = unacknowledged;
        }
    }
}
