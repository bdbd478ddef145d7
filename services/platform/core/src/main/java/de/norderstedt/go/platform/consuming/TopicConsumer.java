package de.norderstedt.go.platform.consuming;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.problem.DatabaseOutage;
import de.norderstedt.go.platform.events.CloudEvent;
import de.norderstedt.go.platform.events.EventCatalog;
import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.retry.Backoff;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one topic and applies each event in its own transaction, together with the record in
 * {@code consumed_event}: an event is applied at most once, however often Kafka delivers it.
 * Offsets are committed after each record. Per record, in this order:
 * <ol>
 *   <li>unreadable as a CloudEvent: dead letter;</li>
 *   <li>{@code source} is not the topic's owner: refused and counted, never applied;</li>
 *   <li>a type (or version) the system does not know: skipped and counted;</li>
 *   <li>a known type this projection does not need: passes by;</li>
 *   <li>data that does not fit the type's record, or an effect that still fails after
 *       {@link #ATTEMPTS} tries (0.2 s, then 0.8 s apart): dead letter (with the reason), its
 *       offset is committed and the projection goes on with the next record.</li>
 * </ol>
 * A failure that is the database being unreachable is not the event's fault: it is not retried
 * per record; the consumer stops reading, connects again after a {@link Backoff} (0.2 s doubling
 * up to 10 s), and reads again from the last committed offset.
 */
public final class TopicConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicConsumer.class);
    static final int ATTEMPTS = 3;

    private final String topic;
    private final String consumerName;
    private final Map<String, Object> kafkaConfig;
    private final ConsumedEvents consumed;
    private final ObjectMapper json;
    private final EventHandlers handlers;
    private final DeadLetters deadLetters;
    private final ConsumerMetrics metrics;
    private volatile boolean running;
    private Thread thread;

    TopicConsumer(String topic, String consumerName, Map<String, Object> kafkaConfig, ConsumedEvents consumed,
                  ObjectMapper json, EventHandlers handlers, DeadLetters deadLetters, ConsumerMetrics metrics) {
        handlers.requireTopic(topic);
        this.topic = topic;
        this.consumerName = consumerName;
        this.kafkaConfig = kafkaConfig;
        this.consumed = consumed;
        this.json = json;
        this.handlers = handlers;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "consumer-" + consumerName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, consumerName);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
        while (running) {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
                consumer.subscribe(List.of(topic));
                while (running) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, String> record : records) {
                        handle(record);
                        consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                    backoff.reset();
                }
            } catch (RuntimeException e) {
                LOG.warnf("consumer %s of %s stopped (%s); reading again from its last offset in %s",
                        consumerName, topic, e.getMessage(), backoff.current());
                try {
                    backoff.pause();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** One record, to its end: applied, passed by, skipped, refused or dead-lettered. */
    private void handle(ConsumerRecord<String, String> record) {
        DeadLetters.Origin origin = new DeadLetters.Origin(consumerName, record.topic(), record.partition(), record.offset(), record.key());
        CloudEvent event;
        try {
            event = json.readValue(record.value(), CloudEvent.class);
        } catch (Exception e) {
            deadLetter(origin, null, record.value(), "not a CloudEvent: " + e.getMessage());
            return;
        }
        Optional<Decoded> decoded;
        try {
            decoded = decode(event);
        } catch (Refused e) {
            metrics.refused(consumerName, e.reason);
            LOG.warnf("%s refused event %s on %s@%d/%d: %s", consumerName, event.id(), record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        } catch (Skipped e) {
            metrics.skipped(consumerName, e.reason);
            LOG.infof("%s skipped event %s of type %s: %s", consumerName, event.id(), event.type(), e.getMessage());
            return;
        } catch (Unreadable e) {
            deadLetter(origin, event, record.value(), e.getMessage());
            return;
        }
        if (decoded.isEmpty()) {
            return;
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                apply(event, decoded.get());
                metrics.applied(consumerName);
                return;
            } catch (RuntimeException e) {
                if (DatabaseOutage.causedBy(e)) {
                    throw e;
                }
                last = e;
                if (attempt < ATTEMPTS) {
                    sleep(Duration.ofMillis(200L * attempt * attempt));
                }
            }
        }
        deadLetter(origin, event, record.value(), "failed " + ATTEMPTS + " times: " + Failures.describe(last));
    }

    /**
     * Applies a dead letter's payload again (the re-drive), in the caller's transaction; throws if
     * it still cannot be read or applied. A payload refused or skipped now is done with.
     */
    void reapply(String payload) {
        CloudEvent event;
        try {
            event = json.readValue(payload, CloudEvent.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getMessage(), e);
        }
        try {
            decode(event).ifPresent(d -> {
                if (consumed.firstDelivery(consumerName, event)) {
                    d.handler().accept(d.data());
                }
            });
        } catch (Refused | Skipped e) {
            LOG.infof("dead letter of %s no longer applies: %s", consumerName, e.getMessage());
        } catch (Unreadable e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private record Decoded(EventHandlers.Handler<?> handler, Object data) {
    }

    /** Empty for a known type this projection does not need. */
    private Optional<Decoded> decode(CloudEvent event) throws Refused, Skipped, Unreadable {
        String owner = Topics.ownerSource(topic);
        if (!owner.equals(event.source())) {
            throw new Refused("foreign-source", "source " + event.source() + " is not " + owner);
        }
        if (event.id() == null) {
            throw new Unreadable("no id");
        }
        Optional<EventType<?>> known = EventCatalog.find(topic, event.type());
        if (known.isEmpty()) {
            throw new Skipped("unknown-type", "not a type of " + topic + " this service knows");
        }
        Optional<EventHandlers.Handler<?>> handler = handlers.forType(event.type());
        if (handler.isEmpty()) {
            return Optional.empty();
        }
        try {
            Object data = json.treeToValue(event.data(), known.get().dataClass());
            if (data == null) {
                throw new Unreadable("no data");
            }
            return Optional.of(new Decoded(handler.get(), data));
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            throw new Unreadable("data does not fit " + known.get().dataClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void apply(CloudEvent event, Decoded decoded) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (consumed.firstDelivery(consumerName, event)) {
                decoded.handler().accept(decoded.data());
            }
        });
    }

    private void deadLetter(DeadLetters.Origin origin, CloudEvent event, String payload, String reason) {
        // If even this fails (database down), the exception stops the consumer before the offset
        // is committed: the record is read again, nothing is lost.
        deadLetters.store(origin, event, payload, reason);
        metrics.deadLettered(consumerName);
        LOG.errorf("%s put %s@%d/%d in its dead letters: %s", consumerName, origin.topic(), origin.partition(), origin.offset(), reason);
    }

    private static final class Refused extends Exception {
        final String reason;

        Refused(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    private static final class Skipped extends Exception {
        final String reason;

        Skipped(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
