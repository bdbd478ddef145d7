package de.norderstedt.go.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.norderstedt.go.platform.events.CloudEvent;
import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Properties;

/**
 * Publishes an event of another service's schema to its topic, as that service would (its
 * principal, its {@code source}): for testing a consumer without running the producing service.
 * Uses the same envelope and event record. {@link #publishRaw} writes anything, as anyone, for
 * the tests of what consumers and the broker refuse.
 */
public final class TopicWriter {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TopicWriter() {
    }

    public static <T> CloudEvent publish(EventType<T> type, Object subject, T data) {
        CloudEvent event = CloudEvent.of(Topics.ownerSource(type.topic()), type.type(), subject.toString(), JSON.valueToTree(data));
        try {
            publishRaw(Topics.owner(type.topic()), type.topic(), event.subject(), JSON.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return event;
    }

    /** An envelope as JSON, for an event its record cannot express (a forged source, a field of a later version). */
    public static String json(CloudEvent event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code value} to {@code topic} as {@code principal}; throws what the broker answered. */
    public static void publishRaw(String principal, String topic, String key, String value) {
        Properties props = new Properties();
        props.putAll(TestInfra.kafkaClient(principal));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Not idempotent: a read-only principal is then refused for the topic itself, not for the
        // cluster-wide idempotent-write permission it lacks as well.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
