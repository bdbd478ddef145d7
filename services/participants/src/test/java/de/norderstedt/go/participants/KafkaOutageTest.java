package de.norderstedt.go.participants;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.infra.KafkaBroker;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(GoTestResource.class)
class KafkaOutageTest {

    @Test
    void registeringWhileKafkaIsDownSucceedsAndTheEventsArriveOnceKafkaIsBack() {
        KafkaBroker kafka = TestInfra.kafka();
        String token = TestInfra.tokenForNewPerson();
        kafka.stop();
        String id;
        try {
            id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Fixtures.registration("Jo Ausfall", Fixtures.uniqueEmail(), true))
                    .post(Fixtures.ME).then().statusCode(201).extract().path("id");
            Fixtures.confirmAddressByStaff(id);
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("version", Fixtures.currentCodeVersion()))
                    .post(Fixtures.ME + "/consents").then().statusCode(200);

            // The changes are committed; their events wait in the outbox.
            assertEquals(3, TestInfra.count(
                    "select count(*) from outbox_event where aggregate_id = ? and published_at is null", id));
        } finally {
            kafka.start();
        }

        List<TopicReader.Event> events = TopicReader.await(Topics.PARTICIPANTS, id, Duration.ofSeconds(90),
                seen -> seen.stream().map(TopicReader.Event::id).distinct().count() == 3);

        // Exactly one event per change once deduplicated by id, in the order of the changes.
        List<String> types = events.stream()
                .collect(Collectors.toMap(TopicReader.Event::id, TopicReader.Event::type, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
        assertEquals(List.of(ParticipantEvents.REGISTERED.type(), ParticipantEvents.CONSENT_ACCEPTED.type(),
                ParticipantEvents.ACTIVATED.type()), types);
        Set<String> outboxIds = TestInfra.query("select id::text as id from outbox_event where aggregate_id = ?", id)
                .stream().map(r -> (String) r.get("id")).collect(Collectors.toSet());
        assertEquals(outboxIds, events.stream().map(TopicReader.Event::id).collect(Collectors.toSet()));
        assertTrue(TestInfra.count("select count(*) from outbox_event where aggregate_id = ? and published_at is null", id) == 0);
    }
}
