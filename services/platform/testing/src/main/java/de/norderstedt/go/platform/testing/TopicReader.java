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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Reads a topic the way an integrator would: a plain Kafka consumer with its own read-only
 * credentials, from the beginning, with no help from the service. Records are parsed as
 * CloudEvents JSON.
 *
 * <p>A reader keeps one consumer, assigned to every partition of its topic, and remembers what it
 * has read: each read fetches only the records written since the last one. The static methods
 * share one reader per topic (of the broker the tests run against), closed when that broker
 * changes or the JVM ends; {@link #open} gives a reader of one's own, to close after use.
 */
public final class TopicReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The read-only principal that may read every topic (and writes none). */
    static final String READER = "auditor";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration AWAIT_TIMEOUT = Duration.ofSeconds(30);

    /** The readers of the static methods, by topic, all on the broker in {@code sharedBroker}. */
    private static final Map<String, TopicReader> SHARED = new HashMap<>();
    private static String sharedBroker;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                closeShared();
            } catch (Throwable ignored) {
                // The JVM ends: a broker or class loader already gone must not spoil the exit.
            }
        }, "topic-reader-close"));
    }

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final Set<TopicPartition> assigned = new LinkedHashSet<>();
    /** Every record read so far, in offset order per partition. */
    private final List<Event> read = new ArrayList<>();
    /** The first record that was not JSON: every read fails with it, as that topic is not readable. */
    private UncheckedIOException unreadable;
    private boolean closed;

    private TopicReader(String topic) {
        this.topic = topic;
        Properties props = new Properties();
        props.putAll(TestInfra.kafkaClient(READER));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, READER + "-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(props);
    }

    /** A reader of {@code topic} of one's own (the static methods share theirs); close it after use. */
    public static TopicReader open(String topic) {
        return new TopicReader(topic);
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

    // The shared readers: the API the tests use.

    /** Everything on the topic right now, in offset order per partition. */
    public static List<Event> readAll(String topic) {
        return shared(topic).events();
    }

    /** The events of one aggregate (record key), in order. */
    public static List<Event> readKey(String topic, String key) {
        return shared(topic).eventsOf(key);
    }

    /** Waits until the aggregate's events satisfy {@code condition}, then returns them. */
    public static List<Event> await(String topic, String key, Duration timeout, Predicate<List<Event>> condition) {
        return shared(topic).awaitEvents(key, timeout, condition);
    }

    /**
     * Waits until the aggregate's events include the given event types in that order (other events
     * may come before, between and after them), and returns all its events.
     */
    public static List<Event> awaitTypes(String topic, String key, String... types) {
        return shared(topic).awaitEventTypes(key, types);
    }

    // One reader.

    /** Everything on the topic right now, in offset order per partition. */
    public synchronized List<Event> events() {
        if (closed) {
            throw new IllegalStateException("the reader of " + topic + " is closed");
        }
        if (assignNewPartitions()) {
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        read.add(new Event(record.key(), record.partition(), record.offset(), JSON.readTree(record.value())));
                    } catch (IOException e) {
                        if (unreadable == null) {
                            unreadable = new UncheckedIOException(
                                    "record " + topic + "@" + record.partition() + "/" + record.offset() + " is not JSON", e);
                        }
                    }
                }
            }
        }
        if (unreadable != null) {
            throw unreadable;
        }
        return List.copyOf(read);
    }

    /** The events of one aggregate (record key), in order. */
    public List<Event> eventsOf(String key) {
        return events().stream().filter(e -> key.equals(e.key())).toList();
    }

    /** Waits until the aggregate's events satisfy {@code condition}, then returns them. */
    public List<Event> awaitEvents(String key, Duration timeout, Predicate<List<Event>> condition) {
        AtomicReference<List<Event>> last = new AtomicReference<>(List.of());
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            List<Event> events = eventsOf(key);
            last.set(events);
            return condition.test(events);
        });
        return last.get();
    }

    /**
     * Waits until the aggregate's events include the given event types in that order (other events
     * may come before, between and after them), and returns all its events.
     */
    public List<Event> awaitEventTypes(String key, String... types) {
        List<String> expected = Arrays.asList(types);
        return awaitEvents(key, AWAIT_TIMEOUT, events -> inOrder(events, expected));
    }

    /** Whether {@code types} occur among the types of {@code events} in that order (a subsequence). */
    static boolean inOrder(List<Event> events, List<String> types) {
        int next = 0;
        for (Event event : events) {
            if (next < types.size() && types.get(next).equals(event.type())) {
                next++;
            }
        }
        return next == types.size();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            // Nothing to commit or leave (no group membership): no need to wait for the broker.
            consumer.close(Duration.ZERO);
        }
    }

    /**
     * Assigns the topic's partitions not yet assigned, each read from its beginning (a topic that
     * did not exist at the last read may exist now); false while the topic has none.
     */
    private boolean assignNewPartitions() {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (partitions != null) {
            List<TopicPartition> added = partitions.stream().map(p -> new TopicPartition(topic, p.partition()))
                    .filter(tp -> !assigned.contains(tp)).toList();
            if (!added.isEmpty()) {
                assigned.addAll(added);
                // Partitions assigned before keep their position.
                consumer.assign(assigned);
                consumer.seekToBeginning(added);
            }
        }
        return !assigned.isEmpty();
    }

    /** The shared reader of {@code topic} on the current broker; those of an earlier broker are closed. */
    private static synchronized TopicReader shared(String topic) {
        String broker = TestInfra.kafka().home().toString();
        if (!broker.equals(sharedBroker)) {
            closeShared();
            sharedBroker = broker;
        }
        return SHARED.computeIfAbsent(topic, TopicReader::new);
    }

    private static synchronized void closeShared() {
        for (TopicReader reader : SHARED.values()) {
            try {
                reader.close();
            } catch (RuntimeException e) {
                // Closing at the end: a broker already gone must not fail anything.
            }
        }
        SHARED.clear();
    }
}
