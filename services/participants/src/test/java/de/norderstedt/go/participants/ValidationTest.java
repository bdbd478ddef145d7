package de.norderstedt.go.participants;

import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input gets a 4xx problem+json that names what is wrong, and nothing is stored. */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class ValidationTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void missingFieldsAreNamed() {
        String subject = "invalid-" + UUID.randomUUID();
        long before = participants();
        given().auth().oauth2(TestInfra.token(subject)).contentType(ContentType.JSON).body("{}")
                .post(Fixtures.ME)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", is("urn:norderstedt-go:problem:validation"))
                .body("status", is(400))
                .body("violations.field", containsInAnyOrder("displayName", "email", "type"));
        assertNothingStored(subject, before);
    }

    @Test
    void malformedEmailIsRejected() {
        String email = "not-an-address";
        Map<String, Object> body = Fixtures.registration("Mia Fehler", email, false);
        given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON).body(body)
                .post(Fixtures.ME)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("email"));
        assertEquals(0, TestInfra.count("select count(*) from participant where email = ?", email));
    }

    @Test
    void overlongTextIsRejected() {
        String email = Fixtures.uniqueEmail();
        Map<String, Object> body = Fixtures.registration("Mia Fehler", email, false);
        body.put("motivation", "x".repeat(2001));
        body.put("displayName", "y".repeat(81));
        given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON).body(body)
                .post(Fixtures.ME)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("displayName", "motivation"));
        assertEquals(0, TestInfra.count("select count(*) from participant where email = ?", email));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        String email = Fixtures.uniqueEmail();
        Map<String, Object> body = Fixtures.registration("Mia Fehler", email, false);
        body.put("type", "ALIEN");
        given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON).body(body)
                .post(Fixtures.ME)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("type"))
                .body("allowed", hasItems("CITIZEN", "COMPANY", "EXTERNAL_ADVISOR"));
        assertEquals(0, TestInfra.count("select count(*) from participant where email = ?", email));
    }

    @Test
    void unknownFieldIsRejected() {
        Map<String, Object> body = Fixtures.registration("Mia Fehler", Fixtures.uniqueEmail(), false);
        body.put("emial", "typo@example.org");
        given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON).body(body)
                .post(Fixtures.ME)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("emial"));
    }

    @Test
    void malformedJsonIsUnreadable() {
        String subject = "invalid-" + UUID.randomUUID();
        long before = participants();
        given().auth().oauth2(TestInfra.token(subject)).contentType(ContentType.JSON)
                .body("{\"displayName\": \"Mia\", ")
                .post(Fixtures.ME)
                .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM)
                .body("type", is("urn:norderstedt-go:problem:unreadable"));
        assertNothingStored(subject, before);
    }

    @Test
    void wrongContentTypeIs415() {
        String subject = "invalid-" + UUID.randomUUID();
        long before = participants();
        given().auth().oauth2(TestInfra.token(subject)).contentType(ContentType.TEXT)
                .body("displayName=Mia")
                .post(Fixtures.ME)
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", is("urn:norderstedt-go:problem:unsupported-media-type"));
        assertNothingStored(subject, before);
    }

    @Test
    void badQueryParametersAre400NotAServerError() {
        given().get(Fixtures.AMBASSADORS + "?actionField=SWIMMING").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("actionField"))
                .body("allowed", hasItems("LIVING", "EXPERIENCING", "WORKING_IN", "WORKING_WITH"));
        given().get(Fixtures.AMBASSADORS + "?limit=0").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("limit"));
        given().get(Fixtures.AMBASSADORS + "?limit=1000").then().statusCode(400).contentType(PROBLEM);
        given().get(Fixtures.AMBASSADORS + "?after=%%%").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("after"));
        given().get(Fixtures.AMBASSADORS + "/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/participants/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void grantingAnUnknownRoleIsAValidationProblem() {
        String id = Fixtures.activeAmbassador("role-target-" + java.util.UUID.randomUUID(), "Rolf Rolle", false);
        given().auth().oauth2(TestInfra.tokenForNewPerson("admin"))
                .put(Fixtures.STAFF + "/" + id + "/roles/emperor")
                .then().statusCode(400).contentType(PROBLEM)
                .body("allowed", hasItems("core-team", "programme-lead", "moderator", "admin"));
    }

    private static long participants() {
        return TestInfra.count("select count(*) from participant");
    }

    /**
     * The refused registration left nothing: no row for the caller's account (a self-registration
     * stores the account's subject whatever the body held), the account is still unregistered,
     * and the table has as many rows as before (this service consumes no events and the tests run
     * one at a time, so nobody else registers meanwhile).
     */
    private static void assertNothingStored(String subject, long before) {
        assertEquals(0, TestInfra.count("select count(*) from participant where subject = ?", subject));
        given().auth().oauth2(TestInfra.token(subject)).get(Fixtures.ME).then().statusCode(404);
        assertEquals(before, participants());
    }
}
