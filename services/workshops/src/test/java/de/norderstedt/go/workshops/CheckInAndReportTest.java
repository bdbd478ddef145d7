package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import de.norderstedt.go.platform.model.ActionField;
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

@QuarkusTest
@WorkshopsTest
class CheckInAndReportTest {

    @Test
    void anErasedAmbassadorsRegistrationStaysButNoLongerPointsToThem() {
        String id = Fixtures.open(Fixtures.kickOff(5, 5));
        var amb = de.norderstedt.go.platform.testing.TestAmbassadors.active("Erika Erased", false);
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Map.of("mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(201);
        given().baseUri(de.norderstedt.go.platform.testing.TestInfra.serviceUrl("participants")).auth().oauth2(amb.token())
                .delete("/api/participants/me").then().statusCode(204);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                de.norderstedt.go.platform.testing.TestInfra.count("select count(*) from registration where participant_id = ?::uuid", amb.id()) == 0);
        given().get(Fixtures.WORKSHOPS + "/" + id + "/occupancy").then().body("confirmedOnSite", is(1));
    }

    @Test
    void attendanceAndTheCardsFromIdeaEventsMakeTheClosingReport() {
        String staff = Fixtures.staff();
        String id = Fixtures.open(Fixtures.kickOff(3, 2));
        String onSiteCode = Fixtures.guest(id, "Vor Ort", "ON_SITE").then().statusCode(201).extract().path("shortCode");
        String onlineId = Fixtures.guest(id, "Am Bildschirm", "ONLINE").then().statusCode(201).extract().path("id");
        Fixtures.guest(id, "Nicht Gekommen", "ON_SITE").then().statusCode(201);

        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("code", onSiteCode.toLowerCase()))
                .post(Fixtures.WORKSHOPS + "/" + id + "/check-ins").then().statusCode(200);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("code", onlineId))
                .post(Fixtures.WORKSHOPS + "/" + id + "/check-ins").then().statusCode(200);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("code", "NOPE42"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/check-ins").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("code", onSiteCode))
                .post(Fixtures.WORKSHOPS + "/" + id + "/check-ins").then().statusCode(401);

        // What the ideas service publishes when cards of this workshop arrive.
        UUID workshop = UUID.fromString(id);
        TopicWriter.publish(IdeaEvents.IMPORTED, UUID.randomUUID(), new IdeaEvents.Imported(UUID.randomUUID(), workshop, 284, 0, Instant.now()));
        UUID card = UUID.randomUUID();
        TopicWriter.publish(IdeaEvents.SUBMITTED, card, new IdeaEvents.Submitted(new IdeaEvents.Idea(card, "Nachzügler-Karte",
                "Text", ActionField.LIVING, "VISION_CARD", "WORKSHOP", workshop, "Gruppe 1", List.of(), "SUBMITTED", null), Instant.now()));
        UUID online = UUID.randomUUID();
        TopicWriter.publish(IdeaEvents.SUBMITTED, online, new IdeaEvents.Submitted(new IdeaEvents.Idea(online, "Online-Idee",
                "Text", ActionField.LIVING, "PROJECT_IDEA", "ONLINE", null, null, List.of(), "SUBMITTED", null), Instant.now()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(Fixtures.WORKSHOPS + "/" + id + "/report").then().statusCode(200).body("numbers.ideaCards", is(285)));
        given().get(Fixtures.WORKSHOPS + "/" + id + "/report").then()
                .body("numbers.ON_SITE.confirmed", is(2)).body("numbers.ON_SITE.attended", is(1))
                .body("numbers.ONLINE.confirmed", is(1)).body("numbers.ONLINE.attended", is(1));
    }
}
