package de.norderstedt.go.participants;

import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.outbox.Outbox;
import de.norderstedt.go.platform.outbox.OutboxConfig;
import de.norderstedt.go.platform.outbox.OutboxRelay;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas' relays on one database: only one publishes at a time, a handover loses and
 * repeats nothing, and every aggregate's events stay in order.
 */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class OutboxRelayTest {

    record Numbered(String aggregate, int n) {
    }

    private static final String TOPIC = "go.test.relay-" + UUID.randomUUID().toString().substring(0, 8);
    private static final EventType<Numbered> NUMBERED = EventType.of(TOPIC, "relay-test", "numbered", 1, Numbered.class);

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay appRelay;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void aSecondReplicaStandsByThenTakesOverWithoutDuplicatesOrReordering() {
        // Topics are never auto-created and each principal writes only what it was granted.
        TestInfra.kafka().createTopic(TOPIC, "participants");
        OutboxRelay secondReplica = new OutboxRelay(dataSource, config, kafkaConfig, new SimpleMeterRegistry());
        secondReplica.start();
        List<String> aggregates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            aggregates.add("agg-" + UUID.randomUUID());
        }
        try {
            write(aggregates, 0, 25);
            awaitAllPublished();
            assertTrue(appRelay.state().leader());
            assertFalse(secondReplica.state().leader(), "only one relay publishes");

            appRelay.stop();
            write(aggregates, 25, 50);
            awaitAllPublished();
            assertTrue(secondReplica.state().leader(), "the standby took over");
        } finally {
            appRelay.start();
            secondReplica.stop();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> appRelay.state().leader());

        List<TopicReader.Event> events = TopicReader.readAll(TOPIC);
        assertEquals(6 * 50, events.size(), "every row exactly once");
        Map<String, Integer> last = new HashMap<>();
        for (TopicReader.Event event : events) {
            int n = event.data().path("n").asInt();
            int previous = last.getOrDefault(event.key(), -1);
            assertEquals(previous + 1, n, "order of " + event.key());
            last.put(event.key(), n);
        }
    }

    private void write(List<String> aggregates, int from, int to) {
        for (int n = from; n < to; n++) {
            int number = n;
            QuarkusTransaction.requiringNew().run(() -> aggregates.forEach(a -> outbox.publish(NUMBERED, a, new Numbered(a, number))));
        }
    }

    private static void awaitAllPublished() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                TestInfra.count("select count(*) from outbox_event where topic = ? and published_at is null", TOPIC) == 0);
    }
}
