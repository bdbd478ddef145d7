package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.testing.TestAmbassadors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WorkshopsTest
class ProgrammeOfAWorkshopTest {

    @Test
    void agendaAndBreakoutGroups() {
        String staff = Fixtures.staff();
        String id = Fixtures.open(Fixtures.kickOff(30, 0));
        List<Map<String, Object>> agenda = List.of(
                Map.of("startsAt", "2031-09-23T18:00:00+02:00", "endsAt", "2031-09-23T18:30:00+02:00", "kind", "TALK",
                        "title", "Impulsvortrag", "speakers", List.of("Chief Digital Officer")),
                Map.of("startsAt", "2031-09-23T18:30:00+02:00", "endsAt", "2031-09-23T19:30:00+02:00", "kind", "PANEL",
                        "title", "Podiumsdiskussion mit Fragen aus dem Publikum"));
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(agenda).put(Fixtures.WORKSHOPS + "/" + id + "/agenda")
                .then().statusCode(200);
        given().get(Fixtures.WORKSHOPS + "/" + id + "/agenda").then().statusCode(200)
                .body("items.title", contains("Impulsvortrag", "Podiumsdiskussion mit Fragen aus dem Publikum"))
                .body("items[0].startsAt", is("2031-09-23T18:00:00+02:00"));
        // A page at a time, in the agenda's order.
        String second = given().queryParam("limit", 1).get(Fixtures.WORKSHOPS + "/" + id + "/agenda").then().statusCode(200)
                .body("items.title", contains("Impulsvortrag")).extract().path("next");
        given().queryParam("limit", 1).queryParam("after", second).get(Fixtures.WORKSHOPS + "/" + id + "/agenda").then().statusCode(200)
                .body("items.title", contains("Podiumsdiskussion mit Fragen aus dem Publikum")).body("next", nullValue());
        given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(List.of(Map.of("startsAt", "2031-09-23T19:00:00+02:00", "endsAt", "2031-09-23T18:00:00+02:00", "kind", "TALK", "title", "Rückwärts")))
                .put(Fixtures.WORKSHOPS + "/" + id + "/agenda").then().statusCode(400).body("violations[0].field", is("[0].endsAt"));
        given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(List.of(Map.of("startsAt", "2031-09-23T18:00:00+02:00", "endsAt", "2031-09-23T19:00:00+02:00", "kind", "DANCE", "title", "X")))
                .put(Fixtures.WORKSHOPS + "/" + id + "/agenda").then().statusCode(400);

        TestAmbassadors.Ambassador shown = TestAmbassadors.active("Gruppen Mitglied", true);
        TestAmbassadors.Ambassador hidden = TestAmbassadors.active("Versteckt Mitglied", false);
        given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(List.of(Map.of("name", "Gruppe 1", "actionField", "LIVING", "facilitator", "Moderation extern",
                        "members", List.of(shown.id(), hidden.id()))))
                .put(Fixtures.WORKSHOPS + "/" + id + "/groups").then().statusCode(200);
        given().get(Fixtures.WORKSHOPS + "/" + id + "/groups").then().statusCode(200)
                .body("items[0].memberCount", is(2)).body("items[0].publicNames", contains("Gruppen Mitglied")).body("items[0].members", nullValue());
        given().auth().oauth2(shown.token()).contentType(ContentType.JSON).body(List.of())
                .put(Fixtures.WORKSHOPS + "/" + id + "/groups").then().statusCode(403);
    }

    @Test
    void audienceQuestionsAreModeratedBeforeTheyAreShownAndVotedOnce() {
        String id = Fixtures.open(Fixtures.kickOff(30, 30));
        TestAmbassadors.Ambassador amb = TestAmbassadors.active("Frida Fragt", true);
        String fromRoom = given().auth().oauth2(amb.token()).contentType(ContentType.JSON)
                .body(Map.of("text", "Wie werden ältere Menschen beteiligt?", "channel", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions").then().statusCode(201).extract().path("id");
        String online = given().contentType(ContentType.JSON)
                .body(Map.of("text", "Gibt es die Folien online?", "channel", "ONLINE", "guestName", "Zuschauer im Stream"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("text", "", "channel", "ONLINE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions").then().statusCode(400);

        given().get(Fixtures.WORKSHOPS + "/" + id + "/questions").then().statusCode(200).body("items", hasSize(0));
        String moderator = de.norderstedt.go.platform.testing.TestInfra.tokenForNewPerson("moderator");
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Map.of("status", "APPROVED"))
                .put(Fixtures.WORKSHOPS + "/" + id + "/questions/" + fromRoom + "/status").then().statusCode(403);
        for (String q : List.of(fromRoom, online)) {
            given().auth().oauth2(moderator).contentType(ContentType.JSON).body(Map.of("status", "APPROVED"))
                    .put(Fixtures.WORKSHOPS + "/" + id + "/questions/" + q + "/status").then().statusCode(200);
        }
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("voterKey", key)).post(Fixtures.WORKSHOPS + "/" + id + "/questions/" + online + "/votes")
                .then().statusCode(200).body("upvotes", is(1));
        given().contentType(ContentType.JSON).body(Map.of("voterKey", key)).post(Fixtures.WORKSHOPS + "/" + id + "/questions/" + online + "/votes")
                .then().statusCode(200).body("upvotes", is(1));
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Map.of())
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions/" + online + "/votes").then().statusCode(200).body("upvotes", is(2));
        given().contentType(ContentType.JSON).body(Map.of()).post(Fixtures.WORKSHOPS + "/" + id + "/questions/" + online + "/votes")
                .then().statusCode(400);

        // Most voted first, a page at a time: the question with two votes, then the one without.
        String next = given().queryParam("limit", 1).get(Fixtures.WORKSHOPS + "/" + id + "/questions").then().statusCode(200)
                .body("items.id", contains(online)).extract().path("next");
        given().queryParam("limit", 1).queryParam("after", next).get(Fixtures.WORKSHOPS + "/" + id + "/questions").then().statusCode(200)
                .body("items.id", contains(fromRoom)).body("next", nullValue());

        given().auth().oauth2(moderator).contentType(ContentType.JSON).body(Map.of("status", "HIDDEN"))
                .put(Fixtures.WORKSHOPS + "/" + id + "/questions/" + fromRoom + "/status").then().statusCode(200);
        given().get(Fixtures.WORKSHOPS + "/" + id + "/questions").then()
                .body("items.id", contains(online)).body("items[0].askedBy", is("Zuschauer im Stream"));
        given().get(Fixtures.WORKSHOPS + "/" + id + "/report").then().body("numbers.questions.approved", is(1)).body("numbers.questions.hidden", is(1));
    }

    @Test
    void staffExportTheRegistrationListAsCsv() {
        String id = Fixtures.open(Fixtures.kickOff(1, 0));
        Fixtures.guest(id, "Erste Person", "ON_SITE").then().statusCode(201);
        Fixtures.guest(id, "Zweite Person", "ON_SITE").then().statusCode(201);
        given().auth().oauth2(Fixtures.staff()).get(Fixtures.WORKSHOPS + "/" + id + "/registrations.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                // Every cell quoted (a spreadsheet splitting on ';' keeps each one whole).
                .body(containsString("\"short_code\",\"status\",\"mode\",\"kind\",\"name\",\"email\",\"registered_at\",\"checked_in_at\""))
                .body(containsString("\"CONFIRMED\",\"ON_SITE\",\"guest\",\"Erste Person\",\"erste.person@example.org\""))
                .body(containsString("\"WAITLISTED\",\"ON_SITE\",\"guest\",\"Zweite Person\""));
        given().get(Fixtures.WORKSHOPS + "/" + id + "/registrations.csv").then().statusCode(401);
    }
}
