package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ambassador who erases their account at participants leaves nothing here that leads back to
 * them: not their registration, their question, their place in a breakout group, nor their vote
 * (which was keyed by their account) — while the event's numbers stay true.
 */
@QuarkusTest
@WorkshopsTest
class ErasureTest {

    @Test
    void anErasedAmbassadorLeavesNothingLinkableButTheNumbersStay() {
        String id = Fixtures.open(Fixtures.kickOff(10, 10));
        String staff = Fixtures.staff();
        TestAmbassadors.Ambassador leaving = TestAmbassadors.active("Lotte Löschen", true);
        TestAmbassadors.Ambassador staying = TestAmbassadors.active("Bleibt Hier", true);

        given().auth().oauth2(leaving.token()).contentType(ContentType.JSON).body(Map.of("mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(201);
        String question = given().auth().oauth2(leaving.token()).contentType(ContentType.JSON)
                .body(Map.of("text", "Wie kommt der Bus an die Tribühne?", "channel", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("status", "APPROVED"))
                .put(Fixtures.WORKSHOPS + "/" + id + "/questions/" + question + "/status").then().statusCode(200);
        given().auth().oauth2(leaving.token()).contentType(ContentType.JSON).body(Map.of())
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions/" + question + "/votes").then().statusCode(200).body("upvotes", is(1));
        given().auth().oauth2(staying.token()).contentType(ContentType.JSON).body(Map.of())
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions/" + question + "/votes").then().statusCode(200).body("upvotes", is(2));
        given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(List.of(Map.of("name", "Gruppe Mobilität", "actionField", "LIVING", "members", List.of(leaving.id(), staying.id()))))
                .put(Fixtures.WORKSHOPS + "/" + id + "/groups").then().statusCode(200);
        assertEquals(1, TestInfra.count("select count(*) from question_vote where voter = ?", "account:" + leaving.subject()));

        given().baseUri(TestInfra.serviceUrl("participants")).auth().oauth2(leaving.token()).delete("/api/participants/me")
                .then().statusCode(204);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                TestInfra.count("select count(*) from participant_ref where participant_id = ?::uuid and status = 'ERASED'", leaving.id()) == 1);

        assertEquals(0, TestInfra.count("select count(*) from registration where participant_id = ?::uuid", leaving.id()));
        assertEquals(0, TestInfra.count("select count(*) from question where participant_id = ?::uuid", leaving.id()));
        assertEquals(0, TestInfra.count("select count(*) from question_vote where voter = ?", "account:" + leaving.subject()));
        assertEquals(0, TestInfra.count("select count(*) from workshop where breakout_groups::text like ?", "%" + leaving.id() + "%"));
        assertEquals(0, TestInfra.count("select count(*) from participant_ref where subject = ?", leaving.subject()));
        // Nowhere in this database: no row of any table holds the id or the account as text.
        assertEquals(Map.of(), TestInfra.rowsMentioning(leaving.id(), leaving.subject()), "rows that lead back to the erased person");

        // The numbers stay: one place taken, two votes, two members, the question still there.
        given().get(Fixtures.WORKSHOPS + "/" + id + "/occupancy").then().body("confirmedOnSite", is(1));
        given().get(Fixtures.WORKSHOPS + "/" + id + "/questions").then().body("items[0].upvotes", is(2));
        given().get(Fixtures.WORKSHOPS + "/" + id + "/groups").then().body("items[0].memberCount", is(2))
                .body("items[0].publicNames", is(List.of("Bleibt Hier")));
        assertEquals(1, TestInfra.count("select count(*) from question_vote where voter like 'erased:%' and question_id = ?::uuid", question));
        // The erased person's vote cannot be cast again under the tombstone's name by anyone.
        String tombstone = (String) TestInfra.query("select voter from question_vote where voter like 'erased:%' and question_id = ?::uuid", question)
                .get(0).get("voter");
        assertTrue(tombstone.matches("erased:[0-9a-f-]{36}"), tombstone);
        assertFalse(tombstone.contains(leaving.id()));
        String members = TestInfra.query("select breakout_groups::text as g from workshop where id = ?::uuid", id).get(0).get("g").toString();
        assertTrue(members.contains(tombstone.substring("erased:".length())), "the group keeps one stand-in for the erased member: " + members);
    }
}
