package de.norderstedt.go.ideas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.norderstedt.go.platform.events.CloudEvent;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
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
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the ideas service's consumers do with what arrives on the topics they read: trust only
 * the topic's owner, read events that gained fields, skip versions they do not know, and put what
 * they cannot apply into their dead letters while the projection goes on; after a fix an
 * operator re-drives them.
 */
@QuarkusTest
@IdeasTest
class EventConsumerTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String DIRECTORY = "ideas-participant-directory";
    private static final String GOALS = "ideas-strategic-goals";

    @Test
    void aRoleChangeFromAForeignSourceIsRefusedAndTheRoleDoesNotChange() {
        TestAmbassadors.Ambassador mallory = Fixtures.ambassador("Mallory Mitmacher", true);
        // Known to ideas (its first call looks the person up).
        Fixtures.submit(mallory, "Sitzbänke am Stadtpark", "Mehr Bänke für Ältere im Stadtpark Norderstedt.", "LIVING");
        double refusedBefore = metric("go_events_refused_total", DIRECTORY, "foreign-source");

        UUID id = UUID.fromString(mallory.id());
        CloudEvent forged = event("/norderstedt-go/ideas", ParticipantEvents.ROLE_CHANGED.type(), id,
                new ParticipantEvents.RoleChanged(id, "programme-lead", "GRANTED", List.of("programme-lead"), Instant.now()));
        TopicWriter.publishRaw("participants", Topics.PARTICIPANTS, id.toString(), TopicWriter.json(forged));
        // A genuine event behind it, on the same key (same partition): once it is applied, the forged one was read.
        TopicWriter.publish(ParticipantEvents.PROFILE_CHANGED, id, new ParticipantEvents.ProfileChanged(
                new ParticipantEvents.PublicProfile(id, "ACTIVE", "CITIZEN", "Mallory M.", true, java.util.Set.of()), Instant.now()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                "Mallory M.".equals(TestInfra.query("select display_name from participant_ref where participant_id = ?", id).get(0).get("display_name")));
        Object roles = TestInfra.query("select array_to_string(roles, ',') as roles from participant_ref where participant_id = ?", id).get(0).get("roles");
        assertEquals("", roles, "the forged grant was not applied");
        assertEquals(refusedBefore + 1, metric("go_events_refused_total", DIRECTORY, "foreign-source"));
        given().auth().oauth2(mallory.token()).contentType(ContentType.JSON).body(List.of())
                .put(Fixtures.IDEAS + "/assessment-criteria").then().statusCode(403);
    }

    @Test
    void aPoisonEventGoesToTheDeadLettersWhileTheNextGoodEventIsApplied() {
        UUID goal = UUID.randomUUID();
        ObjectNode poisonData = JSON.createObjectNode().put("goalId", "not-a-uuid").put("title", "Kaputt");
        CloudEvent poison = CloudEvent.of(Topics.ownerSource(Topics.ROADMAP), RoadmapEvents.GOAL_DEFINED.type(), goal.toString(), poisonData);
        TopicWriter.publishRaw("roadmap", Topics.ROADMAP, goal.toString(), TopicWriter.json(poison));
        TopicWriter.publish(RoadmapEvents.GOAL_DEFINED, goal, goal(goal, "Vernetzte Mobilität"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                TestInfra.count("select count(*) from strategic_goal where goal_id = ?", goal) == 1);
        List<Map<String, Object>> letters = TestInfra.query(
                "select consumer, event_type, reason, redriven_at from dead_letter where event_id = ?", poison.id());
        assertEquals(1, letters.size(), "the poison event is in the dead letters, once");
        assertEquals(GOALS, letters.get(0).get("consumer"));
        assertEquals(RoadmapEvents.GOAL_DEFINED.type(), letters.get(0).get("event_type"));
        assertTrue(((String) letters.get(0).get("reason")).contains("does not fit Goal"), (String) letters.get(0).get("reason"));
        assertTrue(metric("go_events_dead_letters_pending", GOALS, null) >= 1);
        // Visible to operators in the wellness check, never in readiness.
        given().get("/q/health/well").then().statusCode(503).body("checks.find { it.name == 'event-dead-letters' }.status", is("DOWN"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void anEventWithANewFieldIsAppliedAndOneOfAnUnknownVersionIsSkippedAndCounted() throws Exception {
        UUID goal = UUID.randomUUID();
        ObjectNode data = JSON.valueToTree(goal(goal, "Digitale Verwaltung"));
        data.put("weight", 3);
        data.putObject("owner").put("unit", "Stabsstelle Digitalisierung");
        TopicWriter.publishRaw("roadmap", Topics.ROADMAP, goal.toString(),
                TopicWriter.json(CloudEvent.of(Topics.ownerSource(Topics.ROADMAP), RoadmapEvents.GOAL_DEFINED.type(), goal.toString(), data)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                TestInfra.count("select count(*) from strategic_goal where goal_id = ? and title = 'Digitale Verwaltung'", goal) == 1);

        double skippedBefore = metric("go_events_skipped_total", GOALS, "unknown-type");
        UUID later = UUID.randomUUID();
        String v2 = RoadmapEvents.GOAL_DEFINED.type().replace(".v1", ".v2");
        TopicWriter.publishRaw("roadmap", Topics.ROADMAP, later.toString(), TopicWriter.json(
                CloudEvent.of(Topics.ownerSource(Topics.ROADMAP), v2, later.toString(), JSON.valueToTree(goal(later, "Aus Version 2")))));
        TopicWriter.publish(RoadmapEvents.GOAL_CHANGED, later, goal(later, "Aus Version 1"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                TestInfra.count("select count(*) from strategic_goal where goal_id = ?", later) == 1);
        assertEquals("Aus Version 1", TestInfra.query("select title from strategic_goal where goal_id = ?", later).get(0).get("title"),
                "the v2 event was not read as v1");
        assertEquals(skippedBefore + 1, metric("go_events_skipped_total", GOALS, "unknown-type"));
        assertEquals(0, TestInfra.count("select count(*) from dead_letter where event_type = ?", v2), "skipped, not a dead letter");
    }

    @Test
    void anOperatorReDrivesADeadLetterAfterTheFixAndItIsAppliedOnce() {
        // A fault in the projection's table (as a bug or a missing migration would be): this title fails.
        TestInfra.execute("""
                create or replace function reject_goal() returns trigger language plpgsql as $$
                begin
                    if new.title like 'Fehlerhaft%' then raise exception 'goal rejected by a broken rule'; end if;
                    return new;
                end; $$""");
        TestInfra.execute("create trigger reject_goal before insert or update on strategic_goal for each row execute function reject_goal()");
        UUID goal = UUID.randomUUID();
        CloudEvent event;
        try {
            event = TopicWriter.publish(RoadmapEvents.GOAL_DEFINED, goal, goal(goal, "Fehlerhaft übertragenes Ziel"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    TestInfra.count("select count(*) from dead_letter where event_id = ?", event.id()) == 1);
        } finally {
            TestInfra.execute("drop trigger reject_goal on strategic_goal");
        }
        String reason = (String) TestInfra.query("select reason from dead_letter where event_id = ?", event.id()).get(0).get("reason");
        assertTrue(reason.contains("failed 3 times") && reason.contains("goal rejected by a broken rule"), reason);
        assertEquals(0, TestInfra.count("select count(*) from strategic_goal where goal_id = ?", goal));

        String admin = TestInfra.tokenForNewPerson("admin");
        given().auth().oauth2(Fixtures.staff("programme-lead")).post("/api/ideas/internal/dead-letters/redrive").then().statusCode(403);
        given().post("/api/ideas/internal/dead-letters/redrive").then().statusCode(401);
        given().auth().oauth2(admin).queryParam("consumer", "no-such\u0000consumer").post("/api/ideas/internal/dead-letters/redrive").then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", is("consumer"));
        given().auth().oauth2(admin).queryParam("consumer", GOALS).get("/api/ideas/internal/dead-letters").then().statusCode(200)
                .body("items.find { it.eventId == '" + event.id() + "' }.consumer", is(GOALS));

        int redriven = given().auth().oauth2(admin).queryParam("consumer", GOALS).post("/api/ideas/internal/dead-letters/redrive")
                .then().statusCode(200).extract().path("redriven");
        assertTrue(redriven >= 1);
        assertEquals(1, TestInfra.count("select count(*) from strategic_goal where goal_id = ? and title = 'Fehlerhaft übertragenes Ziel'", goal));
        assertNotNull(TestInfra.query("select redriven_at from dead_letter where event_id = ?", event.id()).get(0).get("redriven_at"));
        assertEquals(1, TestInfra.count("select count(*) from consumed_event where consumer = ? and event_id = ?", GOALS, event.id()));
        // A second re-drive applies nothing twice; a letter that still cannot be applied stays, one attempt more.
        given().auth().oauth2(admin).queryParam("consumer", GOALS).post("/api/ideas/internal/dead-letters/redrive").then().statusCode(200);
        assertEquals(1, TestInfra.count("select count(*) from consumed_event where consumer = ? and event_id = ?", GOALS, event.id()));
        List<Map<String, Object>> stillPending = TestInfra.query(
                "select attempts, redriven_at from dead_letter where consumer = ? and redriven_at is null", GOALS);
        stillPending.forEach(row -> assertTrue(((Number) row.get("attempts")).intValue() >= 2, "tried again: " + row));
        for (Map<String, Object> row : stillPending) {
            assertNull(row.get("redriven_at"));
        }
    }

    private static RoadmapEvents.Goal goal(UUID id, String title) {
        return new RoadmapEvents.Goal(id, title, null, de.norderstedt.go.platform.model.ActionField.WORKING_WITH, List.of(), Instant.now());
    }

    private static CloudEvent event(String source, String type, UUID subject, Object data) {
        return CloudEvent.of(source, type, subject.toString(), JSON.valueToTree(data));
    }

    /** A counter or gauge from the service's Prometheus endpoint; 0 when it was never incremented. */
    private static double metric(String name, String consumer, String reason) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(l -> l.startsWith(name + "{"))
                .filter(l -> l.contains("consumer=\"" + consumer + "\"") && (reason == null || l.contains("reason=\"" + reason + "\"")))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
