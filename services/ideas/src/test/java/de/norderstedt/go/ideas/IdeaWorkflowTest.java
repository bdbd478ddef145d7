package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import de.norderstedt.go.platform.testing.TopicReader;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@IdeasTest
class IdeaWorkflowTest {

    private static final Map<String, Integer> GOOD = Map.of("relevance", 5, "benefit", 4, "feasibility", 4, "cost", 3, "sustainability", 4);
    private static final Map<String, Integer> FAIR = Map.of("relevance", 3, "benefit", 3, "feasibility", 2, "cost", 2, "sustainability", 3);

    @Test
    void fromSubmissionToQuickWinWithHistoryAndEvents() {
        TestAmbassadors.Ambassador anna = Fixtures.ambassador("Anna Radlerin", true);
        String id = given().auth().oauth2(anna.token()).contentType(ContentType.JSON)
                .body(Fixtures.idea("Sichere Radwege zu allen Schulen", "Schulwege digital planen und Gefahrenstellen melden.", "LIVING"))
                .post(Fixtures.IDEAS).then().statusCode(201)
                .body("status", is("SUBMITTED")).body("authorName", is("Anna Radlerin")).body("origin", is("ONLINE"))
                .extract().path("id");

        given().auth().oauth2(anna.token()).contentType(ContentType.JSON)
                .body(Fixtures.idea("Sichere Radwege zu allen Schulen und Kitas", "Schulwege digital planen und Gefahrenstellen melden.", "LIVING"))
                .put(Fixtures.IDEAS + "/" + id).then().statusCode(200).body("title", is("Sichere Radwege zu allen Schulen und Kitas"));

        String core = Fixtures.staff("core-team");
        String lead = Fixtures.staff("programme-lead");
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW", "reason", "Vollständig"))
                .post(Fixtures.IDEAS + "/" + id + "/status").then().statusCode(200).body("status", is("IN_REVIEW"));

        // In review: the author can no longer edit; classifying now skips a step.
        given().auth().oauth2(anna.token()).contentType(ContentType.JSON)
                .body(Fixtures.idea("Geändert", "Geändert.", "LIVING"))
                .put(Fixtures.IDEAS + "/" + id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("status", "CLASSIFIED", "classification", "QUICK_WIN"))
                .post(Fixtures.IDEAS + "/" + id + "/status").then().statusCode(409)
                .body("allowed", hasItems("ASSESSED", "MERGED", "REJECTED", "WITHDRAWN"));

        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("scores", GOOD, "withinInfluence", true, "recommendedHorizon", "QUICK_WIN"))
                .put(Fixtures.IDEAS + "/" + id + "/assessments/mine").then().statusCode(200).body("reviewerCount", is(1));
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("scores", FAIR, "withinInfluence", true, "recommendedHorizon", "QUICK_WIN"))
                .put(Fixtures.IDEAS + "/" + id + "/assessments/mine").then().statusCode(200)
                .body("reviewerCount", is(2))
                // weights 2, 2, 1.5, 1, 1: GOOD = 29/7.5 = 4.133, FAIR = 20/7.5 = 2.667; mean 3.4, spread 0.733
                .body("score", is(3.4f)).body("spread", is(0.733f))
                .body("withinInfluence", is(true)).body("recommendedHorizon", is("QUICK_WIN"));

        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("status", "ASSESSED"))
                .post(Fixtures.IDEAS + "/" + id + "/status").then().statusCode(200);
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("status", "CLASSIFIED", "classification", "QUICK_WIN", "reason", "Umsetzung ab 2022"))
                .post(Fixtures.IDEAS + "/" + id + "/status").then().statusCode(200)
                .body("status", is("CLASSIFIED")).body("classification", is("QUICK_WIN")).body("score", is(3.4f));

        given().get(Fixtures.IDEAS + "/" + id + "/history").then().statusCode(200)
                .body("items.to", contains("SUBMITTED", "IN_REVIEW", "ASSESSED", "CLASSIFIED"))
                .body("items[3].reason", is("Umsetzung ab 2022"))
                .body("items[1].actor", nullValue());
        given().auth().oauth2(lead).get(Fixtures.IDEAS + "/" + id + "/history").then().body("items[1].actor", notNullValue());
        given().get(Fixtures.IDEAS + "/ranking").then().statusCode(200).body("items.id", hasItems(id));
        given().get(Fixtures.IDEAS + "/ranking?withinInfluence=true&limit=100").then().statusCode(200).body("items.id", hasItems(id));
        given().get(Fixtures.IDEAS + "/" + id).then().body("withinInfluence", is(true));
        given().get(Fixtures.IDEAS + "?withinInfluence=false&classification=QUICK_WIN&limit=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItems(id)));
        given().get(Fixtures.IDEAS + "?withinInfluence=perhaps").then().statusCode(400).body("violations[0].field", is("withinInfluence"));

        List<TopicReader.Event> events = TopicReader.await(Topics.IDEAS, id, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(e -> e.type().equals(IdeaEvents.CLASSIFIED.type())));
        assertEquals(List.of(IdeaEvents.SUBMITTED.type(), IdeaEvents.UPDATED.type(), IdeaEvents.STATUS_CHANGED.type(),
                IdeaEvents.ASSESSED.type(), IdeaEvents.ASSESSED.type(), IdeaEvents.STATUS_CHANGED.type(),
                IdeaEvents.STATUS_CHANGED.type(), IdeaEvents.CLASSIFIED.type()), events.stream().map(TopicReader.Event::type).toList());
        for (TopicReader.Event e : events) {
            assertFalse(e.cloudEvent().toString().contains("Anna"), "no author in events");
            assertFalse(e.cloudEvent().toString().contains(anna.id()), "no participant id in events");
        }
        assertEquals("QUICK_WIN", events.get(7).data().path("classification").asText());
    }

    @Test
    void theAuthorWithdrawsAndTheIdeaLeavesTheWall() {
        TestAmbassadors.Ambassador ben = Fixtures.ambassador("Ben Zurück", false);
        String id = Fixtures.submit(ben, "Öffentliches WLAN am Rathaus", "Freies WLAN rund um das Rathaus.", "EXPERIENCING");
        TestAmbassadors.Ambassador other = Fixtures.ambassador("Andere Person", false);
        given().auth().oauth2(other.token()).post(Fixtures.IDEAS + "/" + id + "/withdrawal").then().statusCode(403);
        given().auth().oauth2(ben.token()).post(Fixtures.IDEAS + "/" + id + "/withdrawal").then().statusCode(200).body("status", is("WITHDRAWN"));
        given().get(Fixtures.IDEAS + "/" + id).then().statusCode(404);
        given().auth().oauth2(ben.token()).get(Fixtures.IDEAS + "/" + id).then().statusCode(200);
        given().auth().oauth2(ben.token()).post(Fixtures.IDEAS + "/" + id + "/withdrawal").then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("final"));
    }
}
