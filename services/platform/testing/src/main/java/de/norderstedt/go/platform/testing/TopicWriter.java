package de.norderstedt.go.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.norderstedt.go.platform.events.CloudEvent;
import de.norderstedt.go.platform.events.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Properties;

/**
 * Publishes an event of another service's schema to its topic, as that service would: for testing
 * a consumer without running the producing service. Uses the same envelope and event record.
 */
public final class TopicWriter {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TopicWriter() {
    }

    public static <T> CloudEvent publish(EventType<T> type, Object subject, T data) {
        CloudEvent event = CloudEvent.of("/norderstedt-go/test", type.type(), subject.toString(), JSON.valueToTree(data));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(type.topic(), event.subject(), JSON.writeValueAsString(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type.type(), e);
        }
        return event;
    }
}
