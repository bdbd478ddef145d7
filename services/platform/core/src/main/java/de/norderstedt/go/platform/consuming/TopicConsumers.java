package de.norderstedt.go.platform.consuming;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.events.CloudEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Starts the {@link TopicConsumer}s of a service's projections with the service's Kafka settings
 * and consumed-events record, and stops them on shutdown. A projection calls
 * {@link #start} from its startup observer.
 */
@ApplicationScoped
public class TopicConsumers {

    private final Map<String, Object> kafkaConfig;
    private final ConsumedEvents consumed;
    private final ObjectMapper json;
    private final List<TopicConsumer> running = new CopyOnWriteArrayList<>();

    public TopicConsumers(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ConsumedEvents consumed,
                          ObjectMapper json) {
        this.kafkaConfig = kafkaConfig;
        this.consumed = consumed;
        this.json = json;
    }

    /** Applies every event of {@code topic} once, in its own transaction, as consumer group {@code group}. */
    public void start(String topic, String group, Consumer<CloudEvent> handler) {
        TopicConsumer consumer = new TopicConsumer(topic, group, kafkaConfig, consumed, json, handler);
        running.add(consumer);
        consumer.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running.forEach(TopicConsumer::close);
    }
}
