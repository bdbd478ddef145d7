package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestMail;
import io.restassured.http.ContentType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

final class Fixtures {

    static final String WORKSHOPS = "/api/workshops";

    private Fixtures() {
    }

    /** The hybrid kick-off at the TriBühne (23 Sep 2021), moved into the future so that it can take registrations. */
    static Map<String, Object> kickOff(int onSite, int online) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Auftaktveranstaltung Norderstedt GO!");
        body.put("description", "Impulsvortrag, Podiumsdiskussion mit Fragen aus dem Publikum, Vorstellung des Prozesses.");
        body.put("type", "KICK_OFF");
        body.put("format", "HYBRID");
        body.put("venueName", "TriBühne Norderstedt");
        body.put("venueAddress", "Rathausallee 50, 22846 Norderstedt");
        body.put("streamUrl", "https://www.youtube.com/@norderstedt");
        body.put("startsAt", "2031-09-23T18:00:00+02:00");
        body.put("endsAt", "2031-09-23T21:00:00+02:00");
        body.put("audience", "PUBLIC");
        body.put("accessRule", "3G: geimpft, genesen oder getestet");
        body.put("capacityOnSite", onSite);
        body.put("capacityOnline", online);
        return body;
    }

    static String staff() {
        return TestInfra.tokenForNewPerson("core-team");
    }

    /** Creates, publishes and opens the registration of a workshop; returns its id. */
    static String open(Map<String, Object> body) {
        String staff = staff();
        String id = given().auth().oauth2(staff).contentType(ContentType.JSON).body(body)
                .post(WORKSHOPS).then().statusCode(201).extract().path("id");
        status(staff, id, "PUBLISHED", 200);
        status(staff, id, "REGISTRATION_OPEN", 200);
        return id;
    }

    static void status(String token, String id, String status, int expected) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", status))
                .post(WORKSHOPS + "/" + id + "/status").then().statusCode(expected);
    }

    /**
     * Every workshop {@code GET /api/workshops} shows the caller (null: nobody signed in),
     * following {@code next} from page to page.
     */
    static List<Map<String, Object>> everyListed(String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        do {
            var request = (token == null ? given() : given().auth().oauth2(token)).queryParam("limit", 100);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            io.restassured.path.json.JsonPath page = request.get(WORKSHOPS).then().statusCode(200).extract().jsonPath();
            all.addAll(page.<Map<String, Object>>getList("items"));
            after = page.getString("next");
        } while (after != null);
        return all;
    }

    static io.restassured.response.Response guest(String id, String name, String mode) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", email(name), "mode", mode))
                .post(WORKSHOPS + "/" + id + "/guest-registrations");
    }

    /** The address {@link #guest} registers {@code name} with. */
    static String email(String name) {
        return name.toLowerCase().replace(' ', '.') + "@example.org";
    }

    /** The subject of the mail that asks a guest to confirm their address. */
    static final String VERIFY_SUBJECT = "Bitte bestätigen Sie Ihre Anmeldung";

    /** The secret of the confirmation link in the verification mail that reached {@code address}, as a guest finds it. */
    static String verifySecret(String address) {
        String link = TestMail.awaitOne(address, VERIFY_SUBJECT).link("/veranstaltungen/bestaetigen#token=");
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** The guest behind {@code address} confirms it by the link in their mail, as the website does with it. */
    static io.restassured.response.ValidatableResponse verifyGuest(String address) {
        return given().header("Guest-Token", verifySecret(address)).post(WORKSHOPS + "/guest-registrations/mine/verification")
                .then().statusCode(200);
    }
}
