package de.norderstedt.go.platform.consuming;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the consumers did, per consumer: {@code go_events_applied_total},
 * {@code go_events_refused_total{reason}}, {@code go_events_skipped_total{reason}},
 * {@code go_events_dead_lettered_total} and the gauge {@code go_events_dead_letters_pending}.
 */
@ApplicationScoped
public class ConsumerMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void applied(String consumer) {
        Counter.builder("go.events.applied").description("Events a projection applied").tag("consumer", consumer)
                .register(registry).increment();
    }

    void refused(String consumer, String reason) {
        Counter.builder("go.events.refused").description("Events refused: not written by the topic's owner")
                .tag("consumer", consumer).tag("reason", reason).register(registry).increment();
    }

    void skipped(String consumer, String reason) {
        Counter.builder("go.events.skipped").description("Events of a type or version this service does not know")
                .tag("consumer", consumer).tag("reason", reason).register(registry).increment();
    }

    void deadLettered(String consumer) {
        Counter.builder("go.events.dead.lettered").description("Events put into the dead letters")
                .tag("consumer", consumer).register(registry).increment();
    }

    /** Sets the number of dead letters of {@code consumer} waiting for a re-drive. */
    void pending(String consumer, long count) {
        pending.computeIfAbsent(consumer, c -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("go.events.dead.letters.pending", value, AtomicLong::get)
                    .description("Dead letters waiting for a re-drive").tag("consumer", c).register(registry);
            return value;
        }).set(count);
    }

    /** Sets every consumer's pending dead letters at once; a consumer not in {@code counts} has none. */
    void pendingAll(Map<String, Long> counts) {
        pending.keySet().forEach(c -> pending(c, counts.getOrDefault(c, 0L)));
        counts.forEach(this::pending);
    }
}
