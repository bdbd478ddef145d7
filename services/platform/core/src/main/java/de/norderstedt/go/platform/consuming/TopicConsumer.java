package de.norderstedt.go.platform.consuming;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.events.CloudEvent;
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
import java.util.function.Consumer;

/**
 * Reads one topic and applies each event in its own transaction, together with the record in
 * {@code consumed_event}: an event is applied at most once, however often Kafka delivers it.
 * Offsets are committed after the transaction; a failing event is retried (with backoff) before
 * the consumer moves on, so the projection never skips an event. Unknown event types are
 * recorded as consumed and ignored, so that new producer versions do not stop consumers.
 */
public final class TopicConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicConsumer.class);

    private final String topic;
    private final String consumerName;
    private final Map<String, Object> kafkaConfig;
    private final ConsumedEvents consumed;
    private final ObjectMapper json;
    private final Consumer<CloudEvent> handler;
    private volatile boolean running;
    private Thread thread;

    public TopicConsumer(String topic, String consumerName, Map<String, Object> kafkaConfig, ConsumedEvents consumed,
                         ObjectMapper json, Consumer<CloudEvent> handler) {
        this.topic = topic;
        this.consumerName = consumerName;
        this.kafkaConfig = kafkaConfig;
        this.consumed = consumed;
        this.json = json;
        this.handler = handler;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "consumer-" + topic);
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
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
                consumer.subscribe(List.of(topic));
                while (running) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, String> record : records) {
                        apply(record);
                        consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                                new OffsetAndMetadata(record.offset() + 1)));
                    }
                    backoff = Duration.ofMillis(200);
                }
            } catch (RuntimeException e) {
                LOG.warnf("consumer of %s failed (%s); retrying in %s", topic, e.getMessage(), backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = json.readValue(record.value(), CloudEvent.class);
        } catch (Exception e) {
            // Not ours to fix and never going to parse: log and move on rather than block the topic.
            LOG.errorf("skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (consumed.firstDelivery(consumerName, event)) {
                handler.accept(event);
            }
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
