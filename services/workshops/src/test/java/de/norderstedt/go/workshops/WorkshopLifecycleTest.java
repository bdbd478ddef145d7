package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.workshops.WorkshopEvents;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WorkshopsTest
class WorkshopLifecycleTest {

    @Test
    void fromDraftToDocumentedWithItsEventsAndNoPersonalData() {
        String staff = Fixtures.staff();
        Map<String, Object> body = Fixtures.kickOff(150, 500);
        String id = given().auth().oauth2(staff).contentType(ContentType.JSON).body(body)
                .post(Fixtures.WORKSHOPS).then().statusCode(201).body("status", is("DRAFT"))
                .body("startsAt", is("2031-09-23T18:00:00+02:00")).extract().path("id");
        given().get(Fixtures.WORKSHOPS + "/" + id).then().statusCode(404);
        assertTrue(Fixtures.everyListed(null).stream().noneMatch(w -> id.equals(w.get("id"))), "a draft is not listed for the public");
        assertTrue(Fixtures.everyListed(staff).stream().anyMatch(w -> id.equals(w.get("id"))), "the programme team sees its drafts");

        Fixtures.status(staff, id, "HELD", 409);
        Fixtures.status(staff, id, "PUBLISHED", 200);
        given().get(Fixtures.WORKSHOPS + "/" + id).then().statusCode(200).body("venueName", is("TriBühne Norderstedt"));
        Fixtures.status(staff, id, "REGISTRATION_OPEN", 200);
        String token = Fixtures.guest(id, "Greta Gast", "ON_SITE").then().statusCode(201).extract().path("cancelToken");
        TestAmbassadors.Ambassador amb = TestAmbassadors.active("Alma Botschafterin", true);
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Map.of("mode", "ONLINE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(201);

        body.put("startsAt", "2031-09-30T18:00:00+02:00");
        body.put("endsAt", "2031-09-30T21:00:00+02:00");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(body)
                .put(Fixtures.WORKSHOPS + "/" + id).then().statusCode(200).body("startsAt", is("2031-09-30T18:00:00+02:00"));
        given().get(Fixtures.WORKSHOPS + "/" + id + "/occupancy").then().body("confirmedOnSite", is(1)).body("confirmedOnline", is(1));

        Fixtures.status(staff, id, "REGISTRATION_CLOSED", 200);
        Fixtures.guest(id, "Zu Spät", "ON_SITE").then().statusCode(409);
        Fixtures.status(staff, id, "HELD", 200);
        Fixtures.status(staff, id, "DOCUMENTED", 200);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", "x"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/status").then().statusCode(409).contentType("application/problem+json");

        List<TopicReader.Event> events = TopicReader.await(Topics.WORKSHOPS, id, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(e -> e.type().equals(WorkshopEvents.DOCUMENTED.type())));
        assertEquals(List.of(WorkshopEvents.PUBLISHED.type(), WorkshopEvents.REGISTRATION_OPENED.type(),
                WorkshopEvents.REGISTRATION_CONFIRMED.type(), WorkshopEvents.REGISTRATION_CONFIRMED.type(),
                WorkshopEvents.RESCHEDULED.type(), WorkshopEvents.REGISTRATION_CLOSED.type(), WorkshopEvents.HELD.type(),
                WorkshopEvents.DOCUMENTED.type()), events.stream().map(TopicReader.Event::type).toList());
        for (TopicReader.Event e : events) {
            String json = e.cloudEvent().toString();
            assertFalse(json.contains("Greta") || json.contains("greta.gast@example.org") || json.contains(token), json);
            assertFalse(json.contains(amb.id()), "no participant id in workshop events");
        }
        assertEquals("2031-09-30T18:00:00+02:00", events.get(4).data().path("workshop").path("startsAt").asText());
        assertTrue(events.get(3).data().path("confirmedOnline").asInt() == 1);
    }

    @Test
    void aCancelledWorkshopSaysWhyAndTakesNoRegistrations() {
        String staff = Fixtures.staff();
        String id = Fixtures.open(Fixtures.kickOff(10, 0));
        Fixtures.status(staff, id, "CANCELLED", 400);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("status", "CANCELLED", "reason", "Corona-Schutzverordnung"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/status").then().statusCode(200).body("cancelReason", is("Corona-Schutzverordnung"));
        Fixtures.guest(id, "Noch Jemand", "ON_SITE").then().statusCode(409);
        TopicReader.Event cancelled = TopicReader.awaitTypes(Topics.WORKSHOPS, id, WorkshopEvents.CANCELLED.type()).stream()
                .filter(e -> e.type().equals(WorkshopEvents.CANCELLED.type())).findFirst().orElseThrow();
        assertEquals("Corona-Schutzverordnung", cancelled.data().path("reason").asText());
    }

    @Test
    void theCalendarFileIsValidICalendarInEuropeBerlin() throws Exception {
        String id = Fixtures.open(Fixtures.kickOff(150, 500));
        String ics = given().get(Fixtures.WORKSHOPS + "/" + id + "/calendar.ics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        // validate() reports what is wrong (it does not throw): no error, e.g. no "ORGANIZER ... REQUIRED" of a METHOD:PUBLISH.
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), "ical4j finds errors in the calendar file: " + result + "\n" + ics);
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertEquals("Auftaktveranstaltung Norderstedt GO!", event.getSummary().getValue());
        assertTrue(ics.contains("DTSTART;TZID=Europe/Berlin:20310923T180000"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:Europe/Berlin"), "the time zone is defined in the file");
        assertTrue(event.getLocation().getValue().contains("TriBühne"));

        String feed = given().get(Fixtures.WORKSHOPS + "/calendar.ics").then().statusCode(200).extract().asString();
        ValidationResult feedResult = new CalendarBuilder().build(new StringReader(feed)).validate();
        assertFalse(feedResult.hasErrors(), "ical4j finds errors in the feed: " + feedResult);
        assertTrue(feed.contains(id + "@norderstedt-go"));
    }

    @Test
    void theListComesInPagesByStartTime() {
        List<String> ids = new ArrayList<>();
        for (String day : List.of("2033-03-03", "2033-03-01", "2033-03-02")) {
            Map<String, Object> body = Fixtures.kickOff(10, 0);
            body.put("startsAt", day + "T18:00:00+01:00");
            body.put("endsAt", day + "T21:00:00+01:00");
            ids.add(Fixtures.open(body));
        }
        List<Object> listed = Fixtures.everyListed(null).stream().map(w -> w.get("id")).filter(ids::contains).toList();
        assertEquals(List.of(ids.get(1), ids.get(2), ids.get(0)), listed, "by start time, each once, across the pages");

        given().queryParam("limit", 1).get(Fixtures.WORKSHOPS).then().statusCode(200)
                .body("items", hasSize(1)).body("next", notNullValue());
        given().queryParam("after", "kein-cursor").get(Fixtures.WORKSHOPS).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("after"));
        given().queryParam("limit", 0).get(Fixtures.WORKSHOPS).then().statusCode(400);
        given().queryParam("limit", 101).get(Fixtures.WORKSHOPS).then().statusCode(400);
    }

    @Test
    void badInputAndRoles() {
        String staff = Fixtures.staff();
        Map<String, Object> body = Fixtures.kickOff(150, 0);
        body.put("endsAt", "2031-09-23T17:00:00+02:00");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(body).post(Fixtures.WORKSHOPS)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", is("endsAt"));
        body = Fixtures.kickOff(-1, 0);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(body).post(Fixtures.WORKSHOPS)
                .then().statusCode(400).body("violations[0].field", is("capacityOnSite"));
        body = Fixtures.kickOff(10, 0);
        body.put("type", "PARTY");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(body).post(Fixtures.WORKSHOPS)
                .then().statusCode(400).body("allowed", hasItems("KICK_OFF", "EXPERT_WORKSHOP"));
        body = Fixtures.kickOff(10, 0);
        body.put("startsAt", "gestern");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(body).post(Fixtures.WORKSHOPS)
                .then().statusCode(400).body("violations[0].field", is("startsAt"));

        // The registration window is over although the workshop is still ahead.
        body = Fixtures.kickOff(10, 0);
        body.put("registrationOpens", "2021-08-01T00:00:00+02:00");
        body.put("registrationCloses", "2021-09-20T00:00:00+02:00");
        String closedWindow = Fixtures.open(body);
        Fixtures.guest(closedWindow, "Zu Spät", "ON_SITE").then().statusCode(409).contentType("application/problem+json");

        String id = Fixtures.open(Fixtures.kickOff(10, 0));
        Fixtures.guest(id, "Online Gast", "ONLINE").then().statusCode(400).body("violations[0].field", is("mode"));
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "email", "kein-email", "mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/guest-registrations").then().statusCode(400).body("violations[0].field", is("email"));
        given().contentType(ContentType.JSON).body(Map.of("name", "X", "email", "x@example.org", "mode", "TELEPATHY"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/guest-registrations").then().statusCode(400);
        assertEquals(0, TestInfra.count("select count(*) from registration where workshop_id = ?::uuid", id));

        given().contentType(ContentType.JSON).body(Fixtures.kickOff(1, 0)).post(Fixtures.WORKSHOPS).then().statusCode(401);
        TestAmbassadors.Ambassador amb = TestAmbassadors.active("Rita Rolle", false);
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Fixtures.kickOff(1, 0)).post(Fixtures.WORKSHOPS).then().statusCode(403);
        given().auth().oauth2(amb.token()).get(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(403);
        given().auth().oauth2(staff).get(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(200);
        String pending = TestAmbassadors.pending("Paula Pending", false).token();
        given().auth().oauth2(pending).contentType(ContentType.JSON).body(Map.of("mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(403);

        Map<String, Object> ambassadorsOnly = Fixtures.kickOff(10, 0);
        ambassadorsOnly.put("audience", "AMBASSADORS");
        String internal = Fixtures.open(ambassadorsOnly);
        Fixtures.guest(internal, "Kein Botschafter", "ON_SITE").then().statusCode(403);
    }
}
