package de.norderstedt.go.platform.testing;

import de.norderstedt.go.platform.security.Roles;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Ambassadors for the tests of services other than participants: registered and activated at
 * the real participants service that {@link GoTestResource} started ({@code services=participants}),
 * as a person would through the website (the address confirmed by staff). Invented people only.
 */
public final class TestAmbassadors {

    private TestAmbassadors() {
    }

    /** A person with an account, a participant id and a bearer token. */
    public record Ambassador(String id, String subject, String token, String name) {
    }

    /**
     * Registers {@code displayName}, has the programme team confirm the address (the staff path:
     * these people read no mails; the mail-flow tests verify by the link in the mail) and accepts
     * the current code of cooperation.
     */
    public static Ambassador active(String displayName, boolean showName) {
        Ambassador pending = pending(displayName, showName);
        String participants = TestInfra.serviceUrl("participants");
        given().baseUri(participants).auth().oauth2(TestInfra.token("staff-fixtures", Roles.CORE_TEAM))
                .post("/api/participants/participants/" + pending.id() + "/email-verification").then().statusCode(200);
        int version = given().baseUri(participants).get("/api/participants/code-of-cooperation").then().statusCode(200)
                .extract().path("version");
        given().baseUri(participants).auth().oauth2(pending.token()).contentType(ContentType.JSON)
                .body(Map.of("version", version)).post("/api/participants/me/consents").then().statusCode(200);
        return pending;
    }

    /** Registered, but the code of cooperation not accepted yet: no ambassador yet. */
    public static Ambassador pending(String displayName, boolean showName) {
        String subject = "person-" + UUID.randomUUID();
        String token = TestInfra.token(subject);
        Map<String, Object> body = new HashMap<>(Map.of("displayName", displayName, "email", subject + "@example.org",
                "type", "CITIZEN", "displayNamePublic", showName, "interests", List.of("LIVING")));
        String id = given().baseUri(TestInfra.serviceUrl("participants")).auth().oauth2(token).contentType(ContentType.JSON)
                .body(body).post("/api/participants/me").then().statusCode(201).extract().path("id");
        return new Ambassador(id, subject, token, displayName);
    }
}
