package de.norderstedt.go.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads a topic the way an integrator would: a plain Kafka consumer with its own read-only
 * credentials, from the beginning, with no help from the service. Records are parsed as
 * CloudEvents JSON.
 */
public final class TopicReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The read-only principal that may read every topic (and writes none). */
    static final String READER = "auditor";

    private TopicReader() {
    }

    /** A record as it arrived: its key, its headers' id, and the CloudEvent in its value. */
    public record Event(String key, int partition, long offset, JsonNode cloudEvent) {
        public String type() {
            return cloudEvent.path("type").asText();
        }

        public String id() {
            return cloudEvent.path("id").asText();
        }

        public JsonNode data() {
            return cloudEvent.path("data");
        }
    }

    /** Everything on the topic right now, in offset order per partition. */
    public static List<Event> readAll(String topic) {
        Properties props = new Properties();
        props.putAll(TestInfra.kafkaClient(READER));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, READER + "-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            List<Event> events = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    events.add(new Event(record.key(), record.partition(), record.offset(), parse(record.value())));
                }
            }
            return events;
        }
    }

    /** The events of one aggregate (record key), in order. */
    public static List<Event> readKey(String topic, String key) {
        return readAll(topic).stream().filter(e -> key.equals(e.key())).toList();
    }

    /** Waits until the aggregate's events satisfy {@code condition}, then returns them. */
    public static List<Event> await(String topic, String key, Duration timeout, Predicate<List<Event>> condition) {
        List<List<Event>> last = new ArrayList<>();
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<Event> events = readKey(topic, key);
            last.clear();
            last.add(events);
            return condition.test(events);
        });
        return last.get(0);
    }

    /** Waits until the aggregate has at least the given event types, in that order, and returns its events. */
    public static List<Event> awaitTypes(String topic, String key, String... types) {
        return await(topic, key, Duration.ofSeconds(30), events -> {
            List<String> seen = events.stream().map(Event::type).distinct().toList();
            return seen.containsAll(List.of(types));
        });
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
