package de.norderstedt.go.participants;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(GoTestResource.class)
class CodeOfCooperationTest {

    @Test
    void theSeededCodeHasTheThreeGroupsOfPrinciples() {
        given().get(Fixtures.CODE + "/versions/1").then().statusCode(200)
                .body("title", is("Grundsätze der Zusammenarbeit bei Norderstedt GO!"))
                .body("principles", hasSize(3))
                .body("principles.heading", hasItem("Altruistischer und rechtlicher Rahmen"));
    }

    @Test
    void theVersionsComeInPagesOldestFirst() {
        int current = Fixtures.currentCodeVersion();
        List<Integer> versions = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParam("limit", 1);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(Fixtures.CODE + "/versions").then().statusCode(200).extract().jsonPath();
            List<Integer> items = page.getList("items.version");
            assertEquals(1, items.size());
            versions.addAll(items);
            after = page.getString("next");
        } while (after != null && versions.size() <= current);
        assertEquals(IntStream.rangeClosed(1, current).boxed().toList(), versions, "every version once, oldest first");
        assertEquals("Grundsätze der Zusammenarbeit bei Norderstedt GO!",
                given().get(Fixtures.CODE + "/versions?limit=100").then().statusCode(200).extract().path("items[0].title"));
    }

    @Test
    void aNewVersionMakesActiveAmbassadorsPendingUntilTheyAcceptIt() {
        String subject = "code-" + UUID.randomUUID();
        String token = TestInfra.token(subject);
        String id = Fixtures.activeAmbassador(subject, "Carla Code", true);
        int before = Fixtures.currentCodeVersion();

        Map<String, Object> newCode = Map.of(
                "title", "Grundsätze der Zusammenarbeit bei Norderstedt GO! (2022)",
                "preamble", "Fortgeschrieben nach der Roadmap 1.0.",
                "principles", List.of(Map.of("heading", "Kooperative und konstruktive Teamarbeit",
                        "principles", List.of("Wir begegnen uns auf Augenhöhe und mit Wertschätzung."))));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(newCode)
                .post(Fixtures.CODE + "/versions").then().statusCode(403);
        given().auth().oauth2(TestInfra.tokenForNewPerson("programme-lead")).contentType(ContentType.JSON)
                .body(Map.of("title", "", "preamble", "x", "principles", List.of()))
                .post(Fixtures.CODE + "/versions").then().statusCode(400).contentType("application/problem+json");

        int next = given().auth().oauth2(TestInfra.tokenForNewPerson("programme-lead")).contentType(ContentType.JSON).body(newCode)
                .post(Fixtures.CODE + "/versions").then().statusCode(201)
                .header("Location", startsWith("http"))
                .extract().path("version");
        assertEquals(before + 1, next);
        assertEquals(next, Fixtures.currentCodeVersion());

        given().auth().oauth2(token).get(Fixtures.ME).then().statusCode(200).body("status", is("PENDING"));
        given().get(Fixtures.AMBASSADORS + "/" + id).then().statusCode(404);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", before))
                .post(Fixtures.ME + "/consents").then().statusCode(409).contentType("application/problem+json")
                .body("allowed", hasItem(Integer.toString(next)));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", next))
                .post(Fixtures.ME + "/consents").then().statusCode(200).body("status", is("ACTIVE"));

        List<TopicReader.Event> events = TopicReader.await(Topics.PARTICIPANTS, id, Duration.ofSeconds(30),
                seen -> seen.stream().filter(e -> e.type().equals(ParticipantEvents.ACTIVATED.type())).count() >= 2);
        TopicReader.Event deactivated = events.stream().filter(e -> e.type().equals(ParticipantEvents.DEACTIVATED.type()))
                .findFirst().orElseThrow();
        assertEquals("NEW_CODE_OF_COOPERATION", deactivated.data().path("reason").asText());
        TopicReader.awaitTypes(Topics.PARTICIPANTS, Integer.toString(next), ParticipantEvents.CODE_OF_COOPERATION_PUBLISHED.type());
    }

    @Test
    void staffRecordAConsentSignedOnPaper() {
        String staff = TestInfra.tokenForNewPerson("core-team");
        String id = given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Fixtures.registration("Paula Papier", Fixtures.uniqueEmail(), true))
                .post(Fixtures.STAFF).then().statusCode(201).body("status", is("PENDING")).extract().path("id");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("version", Fixtures.currentCodeVersion()))
                .post(Fixtures.STAFF + "/" + id + "/consents").then().statusCode(200).body("status", is("ACTIVE"));
        given().auth().oauth2(TestInfra.tokenForNewPerson("admin")).get(Fixtures.STAFF + "/" + id + "/export")
                .then().statusCode(200).body("consents[0].recordedByStaff", is(true));
    }
}
