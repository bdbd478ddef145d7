package de.norderstedt.go.platform.outbox;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Kafka's side of the relay: one producer, idempotent with {@code acks=all} (its own retries
 * neither duplicate nor reorder), the record of an outbox row (key = aggregate id, so one
 * partition per aggregate; the CloudEvents id and type as headers), and which rows Kafka
 * acknowledged. After a failed round the relay {@link #reset}s it: the next round starts with a
 * fresh producer.
 */
final class OutboxSender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    /**
     * What Kafka made of one round: the rows it acknowledged, the rows handed to it without an
     * acknowledgement, and its error (null when every row sent was acknowledged).
     */
    record Result(List<OutboxRow> acknowledged, List<OutboxRow> unacknowledged, String error) {
        boolean failed() {
            return !unacknowledged.isEmpty();
        }
    }

    private final Map<String, Object> kafkaConfig;
    private final String source;
    private KafkaProducer<String, String> producer;

    OutboxSender(Map<String, Object> kafkaConfig, String source) {
        this.kafkaConfig = kafkaConfig;
        this.source = source;
    }

    /** Creates the producer, unless there is one. */
    void open() {
        if (producer == null) {
            producer = newProducer();
        }
    }

    /**
     * Sends {@code rows} and waits for Kafka's answer to each. Stops sending at the first record
     * Kafka could not even take, and answers the rows sent until then.
     */
    Result send(List<OutboxRow> rows) throws InterruptedException {
        open();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        int handed = 0;
        try {
            for (OutboxRow row : rows) {
                handed++;
                Future<RecordMetadata> ack = producer.send(record(row));
                acks.add(ack);
                // send() reports a record it could not even enqueue (no metadata within max.block.ms
                // while Kafka is down) as an already failed future: do not wait for the rest.
                if (ack.isDone() && failed(ack)) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // No answer is awaited: none of these rows is marked, and all are sent again.
            return new Result(List.of(), List.copyOf(rows.subList(0, handed)), describe(e));
        }
        producer.flush();
        List<OutboxRow> acknowledged = new ArrayList<>(acks.size());
        List<OutboxRow> unacknowledged = new ArrayList<>();
        String error = null;
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
                acknowledged.add(rows.get(i));
            } catch (ExecutionException e) {
                unacknowledged.add(rows.get(i));
                error = describe(e.getCause() != null ? e.getCause() : e);
            }
        }
        return new Result(acknowledged, unacknowledged, error);
    }

    /**
     * Drops the producer after a failed round: no stale in-flight state, and the next one's first
     * request waits for metadata again instead of failing fast on a known-dead node.
     */
    void reset() {
        close();
    }

    @Override
    public void close() {
        if (producer == null) {
            return;
        }
        try {
            producer.close(Duration.ofSeconds(2));
        } catch (Exception e) {
            LOG.debug("closing the outbox producer failed", e);
        }
        producer = null;
    }

    private static ProducerRecord<String, String> record(OutboxRow row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
        record.headers().add("id", row.id().getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", row.eventType().getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    private static boolean failed(Future<RecordMetadata> ack) throws InterruptedException {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private KafkaProducer<String, String> newProducer() {
        // Every kafka.* setting of the service (security protocol, SASL, ...) applies; the
        // delivery guarantees below do not yield to configuration.
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + source.replaceAll("[^A-Za-z0-9]", ""));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
