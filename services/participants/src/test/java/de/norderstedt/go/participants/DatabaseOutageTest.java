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
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real PostgreSQL stopped under the running service and started again: while it is down every
 * request is a 503 problem with Retry-After (never a 500), nothing is half-written, and afterwards
 * the same requests succeed again without a restart of the service, and the outbox delivers both
 * what was written before the stop and what is written after it.
 */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class DatabaseOutageTest {

    @Test
    void whileTheDatabaseIsDownRequestsAre503AndTheServiceRecoversByItselfWhenItIsBack() {
        // Kafka is away first, so that the registration's event is still in the outbox when the
        // database stops: the relay must deliver it after both are back.
        KafkaBroker kafka = TestInfra.kafka();
        kafka.stop();
        String before;
        try {
            before = given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON)
                    .body(Fixtures.registration("Bea Vorher", Fixtures.uniqueEmail(), false))
                    .post(Fixtures.ME).then().statusCode(201).extract().path("id");
            // Announced (registered) once the address is confirmed.
            Fixtures.confirmAddressByStaff(before);
            assertEquals(1, TestInfra.count("select count(*) from outbox_event where aggregate_id = ? and published_at is null", before));
        } catch (RuntimeException | AssertionError e) {
            kafka.start();
            throw e;
        }
        String subject = "outage-" + UUID.randomUUID();
        String token = TestInfra.token(subject);

        TestInfra.stopPostgres();
        try {
            long started = System.nanoTime();
            given().get(Fixtures.AMBASSADORS).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", is("urn:norderstedt-go:problem:unavailable"));
            System.out.printf("503 while PostgreSQL is down after %d ms%n", (System.nanoTime() - started) / 1_000_000);
            // Signed-in callers too: their programme roles come from the database.
            given().auth().oauth2(TestInfra.tokenForNewPerson("admin")).get(Fixtures.STAFF).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue());
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Fixtures.registration("Udo Unterbrochen", Fixtures.uniqueEmail(), false))
                    .post(Fixtures.ME).then().statusCode(503).contentType("application/problem+json");
        } finally {
            TestInfra.startPostgres();
            kafka.start();
        }

        // The same requests succeed within seconds, on the same service process.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get(Fixtures.AMBASSADORS).then().statusCode(200));
        assertEquals(0, TestInfra.count("select count(*) from participant where subject = ?", subject),
                "the registration refused during the outage left nothing behind");
        String after = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration("Udo Unterbrochen", Fixtures.uniqueEmail(), false))
                .post(Fixtures.ME).then().statusCode(201).extract().path("id");
        Fixtures.confirmAddressByStaff(after);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", Fixtures.currentCodeVersion()))
                .post(Fixtures.ME + "/consents").then().statusCode(200).body("status", is("ACTIVE"));
        given().get("/q/health/ready").then().statusCode(200);

        // The relay reconnected: what was written before the stop and after the start reaches the topic.
        TopicReader.awaitTypes(Topics.PARTICIPANTS, before, ParticipantEvents.REGISTERED.type());
        TopicReader.awaitTypes(Topics.PARTICIPANTS, after, ParticipantEvents.REGISTERED.type(),
                ParticipantEvents.CONSENT_ACCEPTED.type(), ParticipantEvents.ACTIVATED.type());
        assertEquals(0, TestInfra.count("select count(*) from outbox_event where aggregate_id in (?, ?) and published_at is null",
                before, after));
    }
}
