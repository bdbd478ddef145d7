package de.norderstedt.go.participants;

import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What PostgreSQL cannot hold never reaches it: NUL and control characters in a query, a path or
 * a body, broken UTF-16, null inside a list, forged cursors — each a 400 problem naming the field,
 * with nothing stored.
 */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class HostileInputTest {

    @Test
    void aNulOrControlCharacterInAQueryOrAPathIsA400NamingIt() {
        given().urlEncodingEnabled(false).get(Fixtures.AMBASSADORS + "?type=%00").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("type")).body("violations[0].message", containsString("NUL"));
        given().urlEncodingEnabled(false).get(Fixtures.AMBASSADORS + "?after=abc%1Bdef").then().statusCode(400)
                .body("violations[0].field", is("after")).body("violations[0].message", containsString("control"));
        given().urlEncodingEnabled(false).get(Fixtures.AMBASSADORS + "/%00").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("path"));
    }

    @Test
    void aNulInABodyFieldIsA400NamingTheFieldAndNothingIsStored() {
        String subject = "hostile-" + UUID.randomUUID();
        Map<String, Object> body = Fixtures.registration("Nul\u0000Zeichen", Fixtures.uniqueEmail(), true);
        given().auth().oauth2(TestInfra.token(subject)).contentType(ContentType.JSON).body(body)
                .post(Fixtures.ME).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("displayName")).body("violations[0].message", containsString("NUL"));

        body = Fixtures.registration("Glocke", Fixtures.uniqueEmail(), true);
        body.put("motivation", "bitte \u0007 klingeln");
        given().auth().oauth2(TestInfra.token(subject)).contentType(ContentType.JSON).body(body)
                .post(Fixtures.ME).then().statusCode(400).body("violations[0].field", is("motivation"));

        // Broken UTF-16 (a lone surrogate) cannot be stored as UTF-8.
        String raw = "{\"displayName\":\"Halb\\ud800\",\"email\":\"" + Fixtures.uniqueEmail() + "\",\"type\":\"CITIZEN\"}";
        given().auth().oauth2(TestInfra.token(subject)).contentType(ContentType.JSON).body(raw.getBytes(StandardCharsets.UTF_8))
                .post(Fixtures.ME).then().statusCode(400).body("violations[0].field", is("displayName"));
        assertEquals(0, TestInfra.count("select count(*) from participant where subject = ?", subject));

        // Free text keeps its line breaks and tabs.
        body = Fixtures.registration("Zeilen Umbruch", Fixtures.uniqueEmail(), false);
        body.put("motivation", "Erstens:\n\tmitmachen\r\nZweitens: mitreden");
        given().auth().oauth2(TestInfra.token(subject)).contentType(ContentType.JSON).body(body)
                .post(Fixtures.ME).then().statusCode(201);
    }

    @Test
    void nullInsideAListIsA400OnThatElement() {
        String lead = TestInfra.tokenForNewPerson("programme-lead");
        int before = Fixtures.currentCodeVersion();
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body("{\"title\":\"Grundsätze\",\"preamble\":\"x\",\"principles\":[null]}")
                .post(Fixtures.CODE + "/versions").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("principles[0]")).body("violations[0].message", is("must not be null"));
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Grundsätze", "preamble", "x",
                        "principles", List.of(Map.of("heading", "Teamarbeit", "principles", java.util.Arrays.asList("a", null)))))
                .post(Fixtures.CODE + "/versions").then().statusCode(400)
                .body("violations[0].field", is("principles[0].principles[1]"));
        assertEquals(before, Fixtures.currentCodeVersion());
    }

    @Test
    void aForgedCursorIsA400OnAfter() {
        String admin = TestInfra.tokenForNewPerson("admin");
        // A time PostgreSQL cannot hold, a name with a NUL, an id that is none.
        for (String forged : List.of("+300000-01-01T00:00:00Z\u001f" + UUID.randomUUID(), "2026-01-01T00:00:00Z\u001fnot-an-id")) {
            given().auth().oauth2(admin).queryParam("after", cursor(forged)).get(Fixtures.STAFF).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", is("after"));
        }
        given().queryParam("after", cursor("Nul\u0000Name\u001f" + UUID.randomUUID())).get(Fixtures.AMBASSADORS)
                .then().statusCode(400).body("violations[0].field", is("after"));
    }

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
