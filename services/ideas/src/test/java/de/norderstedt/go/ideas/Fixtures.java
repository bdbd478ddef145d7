package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.testing.TestInfra;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Invented people and ideas; ambassadors register at the real participants service. */
final class Fixtures {

    static final String IDEAS = "/api/ideas";

    private Fixtures() {
    }

    record Ambassador(String id, String subject, String token, String name) {
    }

    /** Registers and activates an ambassador at participants. */
    static Ambassador ambassador(String name, boolean showName) {
        String subject = "amb-" + UUID.randomUUID();
        String token = TestInfra.token(subject);
        String participants = TestInfra.serviceUrl("participants");
        Map<String, Object> body = new HashMap<>(Map.of("displayName", name, "email", subject + "@example.org",
                "type", "CITIZEN", "displayNamePublic", showName, "interests", List.of("LIVING")));
        String id = given().baseUri(participants).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/participants/me").then().statusCode(201).extract().path("id");
        int version = given().baseUri(participants).get("/api/participants/code-of-cooperation").then().extract().path("version");
        given().baseUri(participants).auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/participants/me/consents").then().statusCode(200);
        return new Ambassador(id, subject, token, name);
    }

    static Map<String, Object> idea(String title, String description, String field) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("actionField", field);
        body.put("kind", "PROJECT_IDEA");
        body.put("tags", List.of("mobilitaet"));
        return body;
    }

    static String submit(Ambassador who, String title, String description, String field) {
        return given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(idea(title, description, field))
                .post(IDEAS).then().statusCode(201).extract().path("id");
    }

    static String staff(String role) {
        return TestInfra.tokenForNewPerson(role);
    }
}
