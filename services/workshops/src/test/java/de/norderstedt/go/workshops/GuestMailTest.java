package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestMail;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A guest's mails, read from the real SMTP server as the guest finds them in their mailbox: the
 * address is confirmed by the link in the mail (double opt-in), only then the confirmation with
 * the calendar file comes (the meeting link with an online place only); a guest who never confirms
 * loses the place to the next person waiting; a mail sent while the SMTP server is down arrives
 * once it is back, once.
 */
@QuarkusTest
@WorkshopsTest
class GuestMailTest {

    private static final String MEETING = "https://meet.norderstedt.de/go-werkstatt-klima";
    private static final String CONFIRMED = "Ihr Platz ist bestätigt";

    private static String hybridWorkshop(String title, int onSite, int online) {
        Map<String, Object> body = Fixtures.kickOff(onSite, online);
        body.put("title", title);
        body.put("meetingUrl", MEETING);
        return Fixtures.open(body);
    }

    @Test
    void aGuestConfirmsByTheLinkInTheMailAndGetsTheCalendarFileWithTheMeetingLinkForAnOnlinePlaceOnly() throws Exception {
        String title = "Werkstatt Klimaschutz " + TestInfra.uniqueLetters();
        String id = hybridWorkshop(title, 5, 5);
        String online = "Olga Online " + TestInfra.uniqueLetters();
        String onSite = "Otto Vorort " + TestInfra.uniqueLetters();
        String onlineSecret = Fixtures.guest(id, online, "ONLINE").then().statusCode(201).body("status", is("CONFIRMED"))
                .body("verifyBy", notNullValue()).extract().path("cancelToken");
        Fixtures.guest(id, onSite, "ON_SITE").then().statusCode(201).body("status", is("CONFIRMED"));

        // First only the mail that asks to confirm the address: no meeting link, no calendar file yet.
        TestMail.Received verify = TestMail.awaitOne(Fixtures.email(online), Fixtures.VERIFY_SUBJECT);
        assertTrue(verify.subject().contains(title), verify.subject());
        assertTrue(verify.text().contains("Hallo " + online + ","), verify.text());
        assertFalse(verify.text().contains(MEETING), "no meeting link before the address is confirmed");
        assertTrue(verify.attachments().isEmpty());
        assertTrue(TestMail.all(Fixtures.email(online)).stream().noneMatch(m -> m.subject().contains(CONFIRMED)));

        Fixtures.verifyGuest(Fixtures.email(online)).body("status", is("CONFIRMED")).body("verifiedAt", notNullValue())
                .body("meetingUrl", is(MEETING));
        TestMail.Received confirmation = TestMail.awaitOne(Fixtures.email(online), CONFIRMED);
        assertTrue(confirmation.subject().contains(title), confirmation.subject());
        assertTrue(confirmation.text().contains(MEETING), "the online place has the meeting link: " + confirmation.text());
        // The confirmation carries the guest's own link (to look at or cancel): the secret the registration answered.
        assertEquals(onlineSecret, parameter(confirmation.link("/veranstaltungen/anmeldung#token="), "token"));
        VEvent event = event(confirmation);
        assertEquals(title, event.getSummary().getValue());
        assertEquals("20310923T180000", event.getStartDate().orElseThrow().getValue());
        assertTrue(event.getDescription().getValue().contains(MEETING), "the online place's calendar file has the meeting link");
        // Confirming again changes nothing.
        Fixtures.verifyGuest(Fixtures.email(online)).body("status", is("CONFIRMED"));

        Fixtures.verifyGuest(Fixtures.email(onSite)).body("meetingUrl", nullValue());
        TestMail.Received onSiteConfirmation = TestMail.awaitOne(Fixtures.email(onSite), CONFIRMED);
        assertFalse(onSiteConfirmation.text().contains("meet.norderstedt"), "no meeting link for a place on site: " + onSiteConfirmation.text());
        assertTrue(onSiteConfirmation.text().contains("TriBühne Norderstedt"), "the venue: " + onSiteConfirmation.text());
        VEvent onSiteEvent = event(onSiteConfirmation);
        assertEquals(title, onSiteEvent.getSummary().getValue());
        assertFalse(onSiteEvent.getDescription().getValue().contains("meet.norderstedt"));
        Optional<Property> url = onSiteEvent.getProperty("URL");
        assertTrue(url.map(u -> !u.getValue().contains("meet.norderstedt")).orElse(true));
    }

    @Test
    void aGuestWhoNeverConfirmsLosesThePlaceAndTheNextPersonWaitingGetsItAndIsTold() throws Exception {
        String title = "Infoabend Stadtpark " + TestInfra.uniqueLetters();
        Map<String, Object> body = Fixtures.kickOff(1, 0);
        body.put("title", title);
        String id = Fixtures.open(body);
        String absent = "Anton Abwesend " + TestInfra.uniqueLetters();
        String waiting = "Berta Wartend " + TestInfra.uniqueLetters();
        String alsoAbsent = "Carla Unbestaetigt " + TestInfra.uniqueLetters();
        String absentSecret = Fixtures.guest(id, absent, "ON_SITE").then().statusCode(201).body("status", is("CONFIRMED"))
                .extract().path("cancelToken");
        String waitingSecret = Fixtures.guest(id, waiting, "ON_SITE").then().statusCode(201).body("status", is("WAITLISTED"))
                .extract().path("cancelToken");
        String alsoAbsentSecret = Fixtures.guest(id, alsoAbsent, "ON_SITE").then().statusCode(201).body("status", is("WAITLISTED"))
                .extract().path("cancelToken");
        String absentVerification = Fixtures.verifySecret(Fixtures.email(absent));
        Fixtures.verifyGuest(Fixtures.email(waiting)).body("status", is("WAITLISTED"));
        TestMail.awaitOne(Fixtures.email(waiting), "Sie stehen auf der Warteliste");

        // The two who never confirm run out of time (as half an hour passing would make them).
        for (String secret : new String[]{absentSecret, alsoAbsentSecret}) {
            TestInfra.execute("update registration set verify_by = now() - interval '1 second'"
                    + " where cancel_token = encode(sha256(convert_to(?, 'UTF8')), 'hex')", secret);
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Guest-Token", waitingSecret).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then()
                        .statusCode(200).body("status", is("CONFIRMED")));
        TestMail.Received promoted = TestMail.awaitOne(Fixtures.email(waiting), "Ein Platz ist frei geworden");
        assertTrue(promoted.subject().contains(title));
        assertEquals(title, event(promoted).getSummary().getValue());

        // The released guests' data is gone as on a cancellation, with the mails to them.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Guest-Token", alsoAbsentSecret).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then()
                        .statusCode(200).body("status", is("CANCELLED")));
        given().header("Guest-Token", absentSecret).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200)
                .body("status", is("CANCELLED")).body("name", nullValue()).body("email", nullValue());
        for (String name : new String[]{absent, alsoAbsent}) {
            assertEquals(0, TestInfra.count("select count(*) from registration where guest_email = ?", Fixtures.email(name)));
            assertEquals(0, TestInfra.count("select count(*) from mail_outbox where recipient_address = ?", Fixtures.email(name)));
        }
        // Too late: the link in the mail no longer confirms.
        given().header("Guest-Token", absentVerification).post(Fixtures.WORKSHOPS + "/guest-registrations/mine/verification").then()
                .statusCode(409).contentType("application/problem+json");
        given().get(Fixtures.WORKSHOPS + "/" + id + "/occupancy").then().statusCode(200)
                .body("confirmedOnSite", is(1)).body("waitlisted", is(0));
    }

    @Test
    void aMailQueuedWhileTheSmtpServerIsDownArrivesOnceItIsBackAndOnlyOnce() {
        String id = Fixtures.open(Fixtures.kickOff(5, 0));
        String guest = "Siggi Stoerung " + TestInfra.uniqueLetters();
        TestMail.stopServer();
        try {
            // The registration does not wait for the mail server: the mail waits in the outbox.
            Fixtures.guest(id, guest, "ON_SITE").then().statusCode(201).body("status", is("CONFIRMED"));
        } finally {
            TestMail.startServer();
        }
        TestMail.awaitOne(Fixtures.email(guest), Fixtures.VERIFY_SUBJECT);
        Fixtures.verifyGuest(Fixtures.email(guest));
        // Once the confirmation (queued after it) arrived, the verification mail has long been retried to the end.
        TestMail.awaitOne(Fixtures.email(guest), CONFIRMED);
        assertEquals(1, TestMail.all(Fixtures.email(guest)).stream().filter(m -> m.subject().contains(Fixtures.VERIFY_SUBJECT)).count(),
                "the mail that waited for the server arrived once");
    }

    /** The one event of the calendar file attached to a mail. */
    static VEvent event(TestMail.Received mail) throws Exception {
        TestMail.Received.Part ics = mail.attachment("veranstaltung.ics");
        assertTrue(ics.contentType().toLowerCase().startsWith("text/calendar"), ics.contentType());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.contentAsText()));
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static String parameter(String link, String name) {
        return link.substring(link.indexOf(name + "=") + name.length() + 1);
    }
}
