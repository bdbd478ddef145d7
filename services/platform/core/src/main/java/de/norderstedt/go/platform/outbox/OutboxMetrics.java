package de.norderstedt.go.platform.outbox;

import de.norderstedt.go.platform.model.Timestamps;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * What the relay shows: the meters {@code go_outbox_pending}, {@code go_outbox_oldest_pending_age_seconds},
 * {@code go_outbox_pending_attempts_max}, {@code go_outbox_relay_leader}, {@code go_outbox_published_total}
 * and {@code go_outbox_publish_failures_total}, and what readiness reads ({@link OutboxHealthCheck}):
 * the backlog, the last acknowledgement and the last error. Until {@link #register} the counters
 * count into no registry.
 */
final class OutboxMetrics {

    private final MeterRegistry registry;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
    private final AtomicLong mostAttempts = new AtomicLong();
    private final AtomicReference<Instant> lastAcknowledged = new AtomicReference<>(Timestamps.now());
    private final AtomicReference<String> lastError = new AtomicReference<>();
    /** Held here: a gauge keeps only a weak reference to what it measures. */
    private BooleanSupplier leader = () -> false;
    private Counter published = Counter.builder("unregistered").register(new SimpleMeterRegistry());
    private Counter failures = published;

    OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Registers the meters; {@code leader} tells whether this replica's relay publishes. */
    void register(BooleanSupplier leader) {
        this.leader = leader;
        Gauge.builder("go.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("go.outbox.oldest.pending.age", oldestPendingAgeSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest unpublished outbox row").register(registry);
        Gauge.builder("go.outbox.pending.attempts.max", mostAttempts, AtomicLong::get)
                .description("Most sends of one unpublished outbox row (a row Kafka keeps refusing)").register(registry);
        Gauge.builder("go.outbox.relay.leader", this, m -> m.leader.getAsBoolean() ? 1 : 0)
                .description("1 if this replica's relay is the one publishing").register(registry);
        published = Counter.builder("go.outbox.published").description("Events acknowledged by Kafka").register(registry);
        failures = Counter.builder("go.outbox.publish.failures").description("Failed publish rounds").register(registry);
    }

    void backlog(OutboxStore.Backlog backlog) {
        pending.set(backlog.pending());
        oldestPendingAgeSeconds.set(backlog.oldestAgeSeconds());
        mostAttempts.set(backlog.mostAttempts());
    }

    /** Kafka acknowledged {@code count} rows, and they are marked. */
    void acknowledged(int count) {
        if (count == 0) {
            return;
        }
        published.increment(count);
        lastAcknowledged.set(Timestamps.now());
        lastError.set(null);
    }

    /** A round in which Kafka did not acknowledge every row sent. */
    void kafkaFailed(String error) {
        failures.increment();
        lastError.set("kafka: " + error);
    }

    /** Any other failure, described as readiness shows it. */
    void failed(String error) {
        lastError.set(error);
    }

    long pending() {
        return pending.get();
    }

    long oldestPendingAgeSeconds() {
        return oldestPendingAgeSeconds.get();
    }

    Instant lastAcknowledged() {
        return lastAcknowledged.get();
    }

    String lastError() {
        return lastError.get();
    }
}
