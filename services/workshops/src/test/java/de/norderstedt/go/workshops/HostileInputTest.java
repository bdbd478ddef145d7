package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Links and times the public calendar and PostgreSQL cannot take are a 400 naming the field. */
@QuarkusTest
@WorkshopsTest
class HostileInputTest {

    @Test
    void aMeetingLinkThatIsNoURLIsA400AndTheCalendarStaysWhole() {
        String staff = Fixtures.staff();
        String title = "Expertenworkshop " + UUID.randomUUID();
        for (String link : new String[]{"https://meet.example.org/raum mit leerzeichen", "https://norderstedt.de@evil.example/x",
                "javascript:alert(1)", "https://"}) {
            Map<String, Object> body = Fixtures.kickOff(10, 10);
            body.put("title", title);
            body.put("meetingUrl", link);
            given().auth().oauth2(staff).contentType(ContentType.JSON).body(body).post(Fixtures.WORKSHOPS).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", is("meetingUrl"));
        }
        assertEquals(0, TestInfra.count("select count(*) from workshop where title = ?", title));
        given().get(Fixtures.WORKSHOPS + "/calendar.ics").then().statusCode(200)
                .body(containsString("BEGIN:VCALENDAR"));
    }

    @Test
    void aTimeBeyondTheYear9999IsA400NamingTheField() {
        Map<String, Object> body = Fixtures.kickOff(10, 10);
        body.put("startsAt", "+300000-09-23T18:00:00+02:00");
        given().auth().oauth2(Fixtures.staff()).contentType(ContentType.JSON).body(body).post(Fixtures.WORKSHOPS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("startsAt"));
    }

    @Test
    void aNulInAGuestsNameIsA400() {
        String id = Fixtures.open(Fixtures.kickOff(10, 10));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Gast\u0000Name", "email", "gast-" + UUID.randomUUID() + "@example.org", "mode", "ON_SITE"))
                .post(Fixtures.WORKSHOPS + "/" + id + "/guest-registrations").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("name"));
    }

    /** Typed query parameters (the platform's converter): a value that does not convert is a 400 naming it, never a 404. */
    @Test
    void aQueryParameterThatDoesNotConvertIsA400NamingIt() {
        for (String[] bad : new String[][]{{"limit", "abc"}, {"limit", "1e3"}, {"limit", " "}, {"after", "not*a*cursor"}, {"after", "YQ"}}) {
            given().queryParam(bad[0], bad[1]).get(Fixtures.WORKSHOPS).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", is(bad[0]));
        }
        given().queryParam("limit", "0").get(Fixtures.WORKSHOPS).then().statusCode(400)
                .body("violations[0].field", is("limit"));
        given().queryParam("limit", "2").get(Fixtures.WORKSHOPS).then().statusCode(200);
    }
}
