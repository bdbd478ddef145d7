package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** An assessment may name only strategic goals the roadmap announced on go.roadmap.v1. */
@QuarkusTest
@IdeasTest
class StrategicGoalCheckTest {

    private static final Map<String, Integer> SCORES = Map.of("relevance", 4, "benefit", 4, "feasibility", 3, "cost", 3, "sustainability", 4);

    @Test
    void anAssessmentNamingAnUnknownGoalIsRejectedAndAnnouncedGoalsAreAccepted() {
        TestAmbassadors.Ambassador author = Fixtures.ambassador("Gerd Goalsetter", false);
        String id = Fixtures.submit(author, "Offenes WLAN am Rathausmarkt", "Freies WLAN rund um Rathaus und Herold-Center.", "EXPERIENCING");
        String core = Fixtures.staff("core-team");
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW"))
                .post(Fixtures.IDEAS + "/" + id + "/status").then().statusCode(200);

        UUID goal = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("scores", SCORES, "goalIds", List.of(goal, unknown)))
                .put(Fixtures.IDEAS + "/" + id + "/assessments/mine").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("goalIds[0]", "goalIds[1]"));

        TopicWriter.publish(RoadmapEvents.GOAL_DEFINED, goal, new RoadmapEvents.Goal(goal, "Digitale Teilhabe für alle",
                null, ActionField.EXPERIENCING, List.of(), Instant.now()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("scores", SCORES, "goalIds", List.of(goal, unknown)))
                        .put(Fixtures.IDEAS + "/" + id + "/assessments/mine").then().statusCode(400)
                        .body("violations", hasSize(1)).body("violations[0].field", is("goalIds[1]")));
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("scores", SCORES, "goalIds", List.of(goal)))
                .put(Fixtures.IDEAS + "/" + id + "/assessments/mine").then().statusCode(200)
                .body("goalIds", contains(goal.toString()));
        // Nothing of the rejected attempts was kept: one reviewer, one assessment.
        given().auth().oauth2(core).get(Fixtures.IDEAS + "/" + id + "/assessment").then().statusCode(200).body("reviewerCount", is(1));
    }
}
