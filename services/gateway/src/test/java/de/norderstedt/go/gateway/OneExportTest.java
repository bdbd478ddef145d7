package de.norderstedt.go.gateway;

import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one export, through the gateway: what every service holds about a person, assembled by
 * participants from the services themselves (not copied into participants).
 */
@QuarkusTest
@WithTestResource(value = GoTestResource.class,
        initArgs = @ResourceArg(name = GoTestResource.SERVICES, value = "participants,ideas,workshops,roadmap"))
class OneExportTest {

    @Test
    void theExportHoldsTheIdeasCommentsSupportsAndRegistrationsOfThePersonFromEveryService() {
        String letters = TestInfra.uniqueLetters();
        TestAmbassadors.Ambassador person = TestAmbassadors.active("Erika Export " + letters, true);
        TestAmbassadors.Ambassador other = TestAmbassadors.active("Otto Anders " + letters, true);

        String ideaTitle = "Trinkbrunnen am Herold-Center " + letters;
        String idea = submit(person, ideaTitle);
        String othersIdea = submit(other, "Bücherschrank im Stadtpark " + letters);
        given().auth().oauth2(person.token()).put("/api/ideas/" + othersIdea + "/support").then().statusCode(200);
        String commentText = "Dafür brauchen wir Wasseranschlüsse " + letters;
        given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("body", commentText))
                .post("/api/ideas/" + othersIdea + "/comments").then().statusCode(201);
        // Someone else's comment on the person's idea is not the person's data.
        String othersComment = "Gute Idee von Otto " + letters;
        given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("body", othersComment))
                .post("/api/ideas/" + idea + "/comments").then().statusCode(201);

        // The programme team registers the person (an invitation): the person's own public writes
        // stay within the tests' limit of three a minute.
        String staff = TestInfra.tokenForNewPerson("core-team");
        String workshop = openWorkshop(staff, "Expertenworkshop Wohnen " + letters);
        // Workshops knows the person once go.participants.v1 has brought them (a 404 until then).
        Map<String, Object> invitation = Map.of("participantId", person.id(), "mode", "ON_SITE");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(invitation).post("/api/workshops/" + workshop + "/invitations").statusCode() != 404);
        String registration = given().auth().oauth2(person.token()).get("/api/workshops/" + workshop + "/registrations/mine")
                .then().statusCode(200).body("status", is("CONFIRMED")).extract().path("id");

        String body = given().auth().oauth2(person.token()).get("/api/participants/me/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .extract().asString();
        JsonPath export = JsonPath.from(body);
        assertEquals(person.id(), export.getString("profile.id"), body);
        assertTrue(export.getList("ideas.ideas.title").contains(ideaTitle), body);
        assertTrue(export.getList("ideas.comments.body").contains(commentText), body);
        assertTrue(export.getList("ideas.supports.ideaId").contains(othersIdea), body);
        assertTrue(export.getList("workshops.registrations.id").contains(registration), body);
        assertFalse(body.contains(othersComment), "another person's comment is not in the export");
        assertFalse(body.contains(other.id()), "another person's id is not in the export");
    }

    private static String submit(TestAmbassadors.Ambassador who, String title) {
        Map<String, Object> idea = new HashMap<>(Map.of("title", title, "description", "Eine Idee für alle in Norderstedt.",
                "actionField", "LIVING", "kind", "PROJECT_IDEA", "tags", List.of("wasser")));
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(idea)
                .post("/api/ideas").then().statusCode(201).extract().path("id");
    }

    private static String openWorkshop(String staff, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Ideen für das Handlungsfeld In Norderstedt leben.");
        body.put("type", "EXPERT_WORKSHOP");
        body.put("format", "ON_SITE");
        body.put("venueName", "Rathaus Norderstedt");
        body.put("venueAddress", "Rathausallee 50, 22846 Norderstedt");
        body.put("startsAt", "2031-11-19T17:00:00+01:00");
        body.put("endsAt", "2031-11-19T20:00:00+01:00");
        body.put("audience", "AMBASSADORS");
        body.put("capacityOnSite", 30);
        body.put("capacityOnline", 0);
        String id = given().auth().oauth2(staff).contentType(ContentType.JSON).body(body)
                .post("/api/workshops").then().statusCode(201).extract().path("id");
        for (String status : List.of("PUBLISHED", "REGISTRATION_OPEN")) {
            given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("status", status))
                    .post("/api/workshops/" + id + "/status").then().statusCode(200);
        }
        return id;
    }
}
