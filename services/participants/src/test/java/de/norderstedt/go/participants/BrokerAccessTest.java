package de.norderstedt.go.participants;

import de.norderstedt.go.platform.events.CloudEvent;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker as an attacker meets it (authentication and ACLs on, as in production): nobody
 * without credentials gets in, a wrong password is refused, a service writes only its own topic,
 * an integrator reads what it was granted and writes nothing.
 */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class BrokerAccessTest {

    @Test
    void aClientWithoutCredentialsCanNeitherProduceNorConsume() {
        Map<String, Object> anonymous = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers());
        Exception produced = assertThrows(Exception.class, () -> send(anonymous, Topics.PARTICIPANTS, "{}"));
        assertInstanceOf(TimeoutException.class, rootOf(produced), "an anonymous producer gets nowhere: " + produced);

        Map<String, Object> consumer = new HashMap<>(anonymous);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "integrator-anonymous");
        assertThrows(TimeoutException.class, () -> partitions(consumer, Topics.PARTICIPANTS));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> wrong = TestInfra.kafka().clientProperties("integrator", "not-the-password");
        wrong.put(ConsumerConfig.GROUP_ID_CONFIG, "integrator-wrong");
        Exception e = assertThrows(Exception.class, () -> partitions(wrong, Topics.IDEAS));
        assertInstanceOf(SaslAuthenticationException.class, rootOf(e), e.toString());
    }

    @Test
    void aForgedRoleChangeWrittenByAnotherServiceIsRefusedByTheBroker() {
        UUID victim = UUID.randomUUID();
        CloudEvent forged = CloudEvent.of(Topics.ownerSource(Topics.PARTICIPANTS), ParticipantEvents.ROLE_CHANGED.type(), victim.toString(),
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of("participantId", victim.toString(),
                        "role", "programme-lead", "change", "GRANTED", "roles", List.of("programme-lead"), "changedAt", Instant.now().toString())));
        for (String stranger : List.of("ideas", "workshops", "roadmap", "integrator")) {
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> TopicWriter.publishRaw(stranger, Topics.PARTICIPANTS, victim.toString(), TopicWriter.json(forged)), stranger);
            assertInstanceOf(TopicAuthorizationException.class, refused, stranger + ": " + refused);
        }
        // Nothing of it arrived.
        assertFalse(de.norderstedt.go.platform.testing.TopicReader.readKey(Topics.PARTICIPANTS, victim.toString()).stream().findAny().isPresent());
    }

    @Test
    void anIntegratorReadsIdeasAndRoadmapButWritesNothingAndReadsNoParticipants() throws Exception {
        for (String topic : List.of(Topics.IDEAS, Topics.ROADMAP, Topics.WORKSHOPS)) {
            Map<String, Object> props = TestInfra.kafkaClient("integrator");
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "integrator-open-data-" + UUID.randomUUID());
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
                consumer.subscribe(List.of(topic));
                consumer.poll(Duration.ofSeconds(5));
                assertFalse(consumer.assignment().isEmpty(), "the integrator's group got partitions of " + topic);
            }
            RuntimeException write = assertThrows(RuntimeException.class, () -> TopicWriter.publishRaw("integrator", topic, "k", "{}"));
            assertInstanceOf(TopicAuthorizationException.class, write, topic);
        }
        Map<String, Object> props = TestInfra.kafkaClient("integrator");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "integrator-curious");
        assertThrows(TopicAuthorizationException.class, () -> partitions(props, Topics.PARTICIPANTS));
        // Nor under a consumer group of a service.
        Map<String, Object> foreignGroup = TestInfra.kafkaClient("integrator");
        foreignGroup.put(ConsumerConfig.GROUP_ID_CONFIG, "ideas-participant-directory");
        foreignGroup.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        foreignGroup.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(foreignGroup)) {
            consumer.subscribe(List.of(Topics.IDEAS));
            assertThrows(org.apache.kafka.common.errors.GroupAuthorizationException.class, () -> consumer.poll(Duration.ofSeconds(10)));
        }
    }

    @Test
    void theOwnerWritesItsTopicAndTheRelayDeliversWithAuthenticationOn() throws Exception {
        // The service's own events arrive (its relay authenticates as "participants"); its principal
        // writes go.participants.v1 but no other topic.
        TopicWriter.publishRaw("participants", Topics.PARTICIPANTS, "owner-check", "{}");
        RuntimeException other = assertThrows(RuntimeException.class,
                () -> TopicWriter.publishRaw("participants", Topics.IDEAS, "k", "{}"));
        assertInstanceOf(TopicAuthorizationException.class, other);
        String id = Fixtures.activeAmbassador("broker-" + UUID.randomUUID(), "Broker Check", true);
        var events = de.norderstedt.go.platform.testing.TopicReader.awaitTypes(Topics.PARTICIPANTS, id,
                ParticipantEvents.REGISTERED.type(), ParticipantEvents.ACTIVATED.type());
        assertEquals(Topics.ownerSource(Topics.PARTICIPANTS), events.get(0).cloudEvent().path("source").asText());
        assertTrue(events.size() >= 2);
    }

    private static void send(Map<String, Object> config, String topic, String value) throws Exception {
        Map<String, Object> props = new HashMap<>(config);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 4_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, "k", value)).get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static List<TopicPartition> partitions(Map<String, Object> config, String topic) {
        Map<String, Object> props = new HashMap<>(config);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            return consumer.partitionsFor(topic, Duration.ofSeconds(4)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
        }
    }

    private static Throwable rootOf(Throwable t) {
        while (t.getCause() != null && t.getCause() != t && !(t instanceof TimeoutException) && !(t instanceof SaslAuthenticationException)) {
            t = t.getCause();
        }
        return t;
    }
}
