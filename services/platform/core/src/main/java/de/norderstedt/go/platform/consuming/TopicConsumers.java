package de.norderstedt.go.platform.consuming;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the {@link TopicConsumer}s of a service's projections with the service's Kafka settings,
 * consumed-events record and dead letters, and stops them on shutdown. A projection calls
 * {@link #start} from its startup observer.
 */
@ApplicationScoped
public class TopicConsumers {

    private final Map<String, Object> kafkaConfig;
    private final ConsumedEvents consumed;
    private final DeadLetters deadLetters;
    private final ConsumerMetrics metrics;
    /** Events may gain fields (docs/events.md promises it): a consumer reads what it knows. */
    private final ObjectMapper eventJson;
    private final Map<String, TopicConsumer> running = new ConcurrentHashMap<>();

    public TopicConsumers(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ConsumedEvents consumed,
                          DeadLetters deadLetters, ConsumerMetrics metrics, ObjectMapper json) {
        this.kafkaConfig = kafkaConfig;
        this.consumed = consumed;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.eventJson = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * Applies every event of {@code topic} that {@code handlers} take, once, in its own
     * transaction, as consumer group {@code group} (which must start with the service's name:
     * the broker grants each service only its own groups).
     */
    public void start(String topic, String group, EventHandlers handlers) {
        TopicConsumer consumer = new TopicConsumer(topic, group, kafkaConfig, consumed, eventJson, handlers, deadLetters, metrics);
        if (running.putIfAbsent(group, consumer) != null) {
            throw new IllegalStateException("two consumers named " + group);
        }
        deadLetters.refreshPending(group);
        consumer.start();
    }

    /** The names of the consumers running here. */
    public List<String> names() {
        return running.keySet().stream().sorted().toList();
    }

    /** Re-drives the pending dead letters of {@code consumer} (null: of all consumers here). */
    public DeadLetters.RedriveResult redrive(String consumer) {
        return deadLetters.redrive(consumer, running::get);
    }

    void onStart(@Observes StartupEvent event) {
        metrics.pendingAll(deadLetters.pendingByConsumer());
    }

    void onStop(@Observes ShutdownEvent event) {
        running.values().forEach(TopicConsumer::close);
    }
}
