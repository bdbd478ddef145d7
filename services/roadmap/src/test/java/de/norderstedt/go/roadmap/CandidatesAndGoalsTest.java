package de.norderstedt.go.roadmap;

import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Against the real ideas service: goals reach it, classified ideas come back as candidates. */
@QuarkusTest
@RoadmapTest
class CandidatesAndGoalsTest {

    private static final Map<String, Integer> SCORES = Map.of("relevance", 5, "benefit", 4, "feasibility", 4, "cost", 3, "sustainability", 4);

    private static RequestSpecification ideas(String token) {
        return given().baseUri(TestInfra.serviceUrl("ideas")).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aGoalDefinedHereIsAcceptedByTheIdeasAssessmentAndAnUnknownOneRejected_theClassifiedIdeaBecomesAMeasure() {
        String core = Fixtures.core();
        String lead = Fixtures.lead();
        String goal = Fixtures.goal("Wege zur Schule sicher machen", "LIVING");

        TestAmbassadors.Ambassador anna = TestAmbassadors.active("Anna Schulweg", false);
        String idea = ideas(anna.token()).body(Map.of("title", "Sichere Radwege zu allen Schulen",
                        "description", "Schulwege digital planen und Gefahrenstellen melden.", "actionField", "LIVING"))
                .post("/api/ideas").then().statusCode(201).extract().path("id");
        ideas(core).body(Map.of("status", "IN_REVIEW")).post("/api/ideas/" + idea + "/status").then().statusCode(200);

        // A goal nobody defined: the ideas service says so, field by field.
        ideas(core).body(Map.of("scores", SCORES, "goalIds", List.of(UUID.randomUUID().toString())))
                .put("/api/ideas/" + idea + "/assessments/mine").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("goalIds[0]"));
        // The goal defined here reaches the ideas service over go.roadmap.v1.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                ideas(core).body(Map.of("scores", SCORES, "goalIds", List.of(goal), "withinInfluence", true, "recommendedHorizon", "QUICK_WIN"))
                        .put("/api/ideas/" + idea + "/assessments/mine").then().statusCode(200));
        ideas(lead).body(Map.of("status", "ASSESSED")).post("/api/ideas/" + idea + "/status").then().statusCode(200);
        ideas(lead).body(Map.of("status", "CLASSIFIED", "classification", "QUICK_WIN"))
                .post("/api/ideas/" + idea + "/status").then().statusCode(200);

        String label = Fixtures.draft();
        String candidates = Fixtures.VERSIONS + "/" + label + "/candidates";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(core).queryParam("limit", 100).get(candidates).then().statusCode(200).body("items.ideaId", hasItem(idea)));
        given().auth().oauth2(core).queryParam("limit", 100).get(candidates).then()
                .body("items.find { it.ideaId == '" + idea + "' }.title", is("Sichere Radwege zu allen Schulen"))
                .body("items.find { it.ideaId == '" + idea + "' }.classification", is("QUICK_WIN"))
                .body("items.find { it.ideaId == '" + idea + "' }.score", is(4.133f))
                .body("items.find { it.ideaId == '" + idea + "' }.goalIds", contains(goal));
        // Candidates are the programme team's working list.
        given().get(candidates).then().statusCode(401);
        given().auth().oauth2(anna.token()).get(candidates).then().statusCode(403);

        // One call turns the candidate into a measure of the draft.
        // (with a trailing slash: the Location still names the measure, not a path beside the request's)
        var created = given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("owner", "CITY_ADMINISTRATION", "ownerDetail", "Fachbereich Verkehr"))
                .post(candidates + "/" + idea + "/measure/").then().statusCode(201)
                .body("title", is("Sichere Radwege zu allen Schulen")).body("horizon", is("QUICK_WIN"))
                .body("actionField", is("LIVING")).body("actionFieldLabel", is("In Norderstedt leben"))
                .body("ideaIds", contains(idea)).body("goals[0].id", is(goal)).body("status", is("PLANNED")).extract();
        assertEquals(Fixtures.VERSIONS + "/" + label + "/measures/" + created.path("id"),
                java.net.URI.create(created.header("Location")).getPath());
        given().auth().oauth2(core).get(created.header("Location")).then().statusCode(200).body("id", is(created.path("id").toString()));
        given().auth().oauth2(core).queryParam("limit", 100).get(candidates).then().statusCode(200).body("items.ideaId", not(hasItem(idea)));
        given().auth().oauth2(core).contentType(ContentType.JSON).body("{}").post(candidates + "/" + idea + "/measure").then().statusCode(409);

        // Taken back out of the classification, it is no candidate any more.
        ideas(lead).body(Map.of("status", "ASSESSED")).post("/api/ideas/" + idea + "/status").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                TestInfra.count("select count(*) from candidate where idea_id = ?::uuid and state = 'OPEN'", idea) == 0);
    }

    @Test
    void aQuickWinComesInAndGoesOutWhenWithdrawnOrMerged() {
        String core = Fixtures.core();
        String label = Fixtures.draft();
        String candidates = Fixtures.VERSIONS + "/" + label + "/candidates";
        UUID quickWin = UUID.randomUUID();
        UUID duplicate = UUID.randomUUID();
        UUID longTerm = UUID.randomUUID();
        classified(quickWin, "Digitale Parkplatzsuche am Herold-Center", "QUICK_WIN");
        classified(duplicate, "Parkplatz-App Herold-Center", "MEDIUM_TERM");
        classified(longTerm, "Seilbahn nach Hamburg", "LONG_TERM");
        // A later event of the same idea (same key, so same partition, consumed after the classification):
        // once its score shows, the LONG_TERM classification has been consumed too.
        TopicWriter.publish(IdeaEvents.ASSESSED, longTerm, new IdeaEvents.Assessed(longTerm, new BigDecimal("2.750"), 1,
                BigDecimal.ZERO, List.of(), true, "LONG_TERM", Timestamps.now()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(core).queryParam("limit", 100).get(candidates).then().statusCode(200)
                        .body("items.ideaId", hasItem(quickWin.toString())).body("items.ideaId", hasItem(duplicate.toString())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestInfra.count(
                "select count(*) from candidate where idea_id = ?::uuid and score = 2.750", longTerm.toString()) == 1);
        assertEquals(1, TestInfra.count("select count(*) from candidate where idea_id = ?::uuid and classification = 'LONG_TERM'",
                longTerm.toString()), "the LONG_TERM classification was consumed before the assessment");
        given().auth().oauth2(core).queryParam("limit", 100).get(candidates).then().statusCode(200)
                .body("items.ideaId", not(hasItem(longTerm.toString())));

        TopicWriter.publish(IdeaEvents.WITHDRAWN, quickWin, new IdeaEvents.Withdrawn(quickWin, Timestamps.now()));
        TopicWriter.publish(IdeaEvents.MERGED, duplicate, new IdeaEvents.Merged(duplicate, UUID.randomUUID(), 3, Timestamps.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(core).queryParam("limit", 100).get(candidates).then().statusCode(200)
                        .body("items.ideaId", not(hasItem(quickWin.toString()))).body("items.ideaId", not(hasItem(duplicate.toString()))));
        given().auth().oauth2(core).contentType(ContentType.JSON).body("{}").post(candidates + "/" + quickWin + "/measure").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void classified(UUID id, String title, String classification) {
        TopicWriter.publish(IdeaEvents.CLASSIFIED, id, new IdeaEvents.Classified(new IdeaEvents.Idea(id, title, "Beschreibung",
                ActionField.EXPERIENCING, "PROJECT_IDEA", "ONLINE", null, null, List.of(), "CLASSIFIED", classification),
                classification, new BigDecimal("3.500"), Timestamps.now()));
    }
}
