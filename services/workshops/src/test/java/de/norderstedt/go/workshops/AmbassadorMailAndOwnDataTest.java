package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People with an account: staff invite them (their mail goes through participants, which alone
 * holds their address), they hear of a move, a cancellation and the day before, they list their
 * own registrations and questions, and participants can fetch what this service holds of them
 * for their one export (internal, role service only).
 */
@QuarkusTest
@WorkshopsTest
class AmbassadorMailAndOwnDataTest {

    private static final String CONFIRMED = "Ihr Platz ist bestätigt";

    /** Where participants sends an ambassador's mail: the address TestAmbassadors registered them with. */
    private static String address(TestAmbassadors.Ambassador who) {
        return who.subject() + "@example.org";
    }

    /** This service's participant directory knows the person (from go.participants.v1). */
    private static void known(TestAmbassadors.Ambassador who) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                TestInfra.count("select count(*) from participant_ref where participant_id = ?::uuid", who.id()) == 1);
    }

    private static String invitedWorkshop(String title) {
        Map<String, Object> body = Fixtures.kickOff(5, 5);
        body.put("title", title);
        body.put("audience", "INVITED");
        String staff = Fixtures.staff();
        String id = given().auth().oauth2(staff).contentType(ContentType.JSON).body(body).post(Fixtures.WORKSHOPS).then()
                .statusCode(201).extract().path("id");
        Fixtures.status(staff, id, "PUBLISHED", 200);
        return id;
    }

    @Test
    void staffInviteAnAmbassadorToAnInvitationOnlySessionAndTheConfirmationReachesTheirAddress() throws Exception {
        TestAmbassadors.Ambassador invited = TestAmbassadors.active("Inge Eingeladen", true);
        known(invited);
        String title = "Ausschusssitzung Stadtentwicklung " + TestInfra.uniqueLetters();
        String id = invitedWorkshop(title);
        String staff = Fixtures.staff();

        // By invitation only: nobody registers themselves, staff register them (before the registration opens, too).
        given().auth().oauth2(invited.token()).contentType(ContentType.JSON).body(Map.of("mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(403);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("participantId", invited.id(), "mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/invitations").then().statusCode(201)
                .body("status", is("CONFIRMED")).body("participantId", is(invited.id())).body("registeredBy", notNullValue());
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("participantId", invited.id(), "mode", "ONLINE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/invitations").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("participantId", UUID.randomUUID(), "mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/invitations").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("participantId", invited.id()))
                .post(Fixtures.WORKSHOPS + "/" + id + "/invitations").then().statusCode(400).body("violations[0].field", is("mode"));
        given().auth().oauth2(invited.token()).get(Fixtures.WORKSHOPS + "/" + id + "/registrations/mine").then().statusCode(200)
                .body("status", is("CONFIRMED"));

        TestMail.Received confirmation = TestMail.awaitOne(address(invited), CONFIRMED);
        assertTrue(confirmation.subject().contains(title), confirmation.subject());
        assertTrue(confirmation.text().contains("Hallo Inge Eingeladen,"), confirmation.text());
        assertEquals(title, GuestMailTest.event(confirmation).getSummary().getValue());
    }

    @Test
    void anAmbassadorHearsOfAMoveTheDayBeforeAndACancellation() throws Exception {
        TestAmbassadors.Ambassador amb = TestAmbassadors.active("Rudi Rechtzeitig", false);
        String title = "Bürgerwerkstatt Mobilität " + TestInfra.uniqueLetters();
        Map<String, Object> body = Fixtures.kickOff(5, 5);
        body.put("title", title);
        String id = Fixtures.open(body);
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Map.of("mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(201).body("status", is("CONFIRMED"));
        TestMail.Received confirmation = TestMail.awaitOne(address(amb), CONFIRMED);
        assertTrue(confirmation.text().startsWith("Guten Tag,"), "no public name, no name: " + confirmation.text());

        // Staff move it to tomorrow: the new date with its calendar file, and the reminder of the day before.
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(2)).plusHours(20).truncatedTo(ChronoUnit.HOURS);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(2).toString());
        given().auth().oauth2(Fixtures.staff()).contentType(ContentType.JSON).body(body).put(Fixtures.WORKSHOPS + "/" + id).then()
                .statusCode(200);
        TestMail.Received moved = TestMail.awaitOne(address(amb), "Geänderter Termin oder Ort");
        assertTrue(moved.subject().contains(title));
        VEvent event = GuestMailTest.event(moved);
        assertEquals(start.atZoneSameInstant(java.time.ZoneId.of("Europe/Berlin")).toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")), event.getStartDate().orElseThrow().getValue());
        TestMail.Received reminder = TestMail.awaitOne(address(amb), "Erinnerung");
        assertTrue(reminder.subject().contains(title));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                TestInfra.count("select count(*) from registration where workshop_id = ?::uuid and reminded_at is not null", id) == 1);

        given().auth().oauth2(Fixtures.staff()).contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED", "reason", "Der Saal ist wegen eines Wasserschadens gesperrt"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/status").then().statusCode(200);
        TestMail.Received cancelled = TestMail.awaitOne(address(amb), "Abgesagt");
        assertTrue(cancelled.text().contains("Wasserschadens"), cancelled.text());
        assertEquals(1, TestMail.all(address(amb)).stream().filter(m -> m.subject().contains("Erinnerung")).count(), "one reminder");
    }

    @Test
    void anAmbassadorListsTheirOwnRegistrationsAndQuestionsNewestFirst() {
        TestAmbassadors.Ambassador me = TestAmbassadors.active("Mira Meins", false);
        TestAmbassadors.Ambassador other = TestAmbassadors.active("Fritz Fremd", false);
        String first = Fixtures.open(titled("Erster Abend " + TestInfra.uniqueLetters()));
        String second = Fixtures.open(titled("Zweiter Abend " + TestInfra.uniqueLetters()));
        register(me, first, "ON_SITE");
        register(other, first, "ON_SITE");
        register(me, second, "ONLINE");
        given().auth().oauth2(me.token()).delete(Fixtures.WORKSHOPS + "/" + first + "/registrations/mine").then().statusCode(200);
        String question = given().auth().oauth2(me.token()).contentType(ContentType.JSON)
                .body(Map.of("text", "Wann gibt es die Ergebnisse?", "channel", "ONLINE"))
                .post(Fixtures.WORKSHOPS + "/" + second + "/questions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("text", "Gibt es Parkplätze?", "channel", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + first + "/questions").then().statusCode(201);

        String next = given().auth().oauth2(me.token()).queryParam("limit", 1).get(Fixtures.WORKSHOPS + "/registrations/mine").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].workshopId", is(second))
                .body("items[0].workshopTitle", org.hamcrest.Matchers.startsWith("Zweiter Abend"))
                .body("items[0].startsAt", is("2031-09-23T18:00:00+02:00")).body("items[0].mode", is("ONLINE"))
                .body("items[0].status", is("CONFIRMED")).body("items[0].invited", is(false)).extract().path("next");
        given().auth().oauth2(me.token()).queryParam("limit", 1).queryParam("after", next).get(Fixtures.WORKSHOPS + "/registrations/mine")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].workshopId", is(first))
                .body("items[0].status", is("CANCELLED")).body("next", nullValue());
        given().auth().oauth2(me.token()).get(Fixtures.WORKSHOPS + "/registrations/mine").then().statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(me.token()).queryParam("after", "kein-cursor").get(Fixtures.WORKSHOPS + "/registrations/mine").then()
                .statusCode(400).body("violations[0].field", is("after"));

        given().auth().oauth2(me.token()).get(Fixtures.WORKSHOPS + "/questions/mine").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", is(question)).body("items[0].workshopId", is(second))
                .body("items[0].text", is("Wann gibt es die Ergebnisse?")).body("items[0].status", is("SUBMITTED"))
                .body("next", nullValue());
    }

    @Test
    void participantsFetchWhatThisServiceHoldsOfOnePersonForTheirExportAndNobodyElseMay() {
        TestAmbassadors.Ambassador me = TestAmbassadors.active("Emil Export", true);
        TestAmbassadors.Ambassador other = TestAmbassadors.active("Olaf Anders", true);
        String id = Fixtures.open(titled("Werkstatt Export " + TestInfra.uniqueLetters()));
        String mine = register(me, id, "ON_SITE");
        String theirs = register(other, id, "ON_SITE");
        String myQuestion = given().auth().oauth2(me.token()).contentType(ContentType.JSON)
                .body(Map.of("text", "Wer entscheidet am Ende?", "channel", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions").then().statusCode(201).extract().path("id");
        String theirQuestion = given().auth().oauth2(other.token()).contentType(ContentType.JSON)
                .body(Map.of("text", "Gibt es eine Kinderbetreuung?", "channel", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Fixtures.staff()).contentType(ContentType.JSON).body(Map.of("status", "APPROVED"))
                .put(Fixtures.WORKSHOPS + "/" + id + "/questions/" + theirQuestion + "/status").then().statusCode(200);
        given().auth().oauth2(me.token()).contentType(ContentType.JSON).body(Map.of())
                .post(Fixtures.WORKSHOPS + "/" + id + "/questions/" + theirQuestion + "/votes").then().statusCode(200);

        String path = Fixtures.WORKSHOPS + "/internal/people/" + me.id() + "/data";
        given().get(path).then().statusCode(401);
        given().auth().oauth2(me.token()).get(path).then().statusCode(403);
        given().auth().oauth2(Fixtures.staff()).get(path).then().statusCode(403);
        JsonPath data = given().auth().oauth2(TestInfra.token("service-participants", Roles.SERVICE)).get(path).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(mine), data.getList("registrations.id"));
        assertEquals(List.of(id), data.getList("registrations.workshopId"));
        assertEquals(List.of(myQuestion), data.getList("questions.id"));
        assertEquals(List.of(theirQuestion), data.getList("votes.questionId"));
        assertTrue(data.getList("mails") != null, "the mails queued here for the person are part of it");
        String json = data.prettify();
        assertFalse(json.contains(theirs) || json.contains(other.id()) || json.contains("Kinderbetreuung"),
                "nothing of another person: " + json);

        // Someone this service holds nothing of: empty lists, not an error.
        given().auth().oauth2(TestInfra.token("service-participants", Roles.SERVICE))
                .get(Fixtures.WORKSHOPS + "/internal/people/" + UUID.randomUUID() + "/data").then().statusCode(200)
                .body("registrations", hasSize(0)).body("questions", hasSize(0)).body("votes", hasSize(0));
    }

    private static Map<String, Object> titled(String title) {
        Map<String, Object> body = Fixtures.kickOff(5, 5);
        body.put("title", title);
        return body;
    }

    /** Registers the ambassador; answers the registration's id. */
    private static String register(TestAmbassadors.Ambassador who, String workshop, String mode) {
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(Map.of("mode", mode))
                .post(Fixtures.WORKSHOPS + "/" + workshop + "/registrations").then().statusCode(201).extract().path("id");
    }
}
