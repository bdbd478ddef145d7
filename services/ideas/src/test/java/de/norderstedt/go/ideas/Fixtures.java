package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestAmbassadors.Ambassador;
import de.norderstedt.go.platform.testing.TestInfra;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Invented people and ideas; ambassadors register at the real participants service. */
final class Fixtures {

    static final String IDEAS = "/api/ideas";

    private Fixtures() {
    }

    /** An active ambassador, registered at the real participants service. */
    static Ambassador ambassador(String name, boolean showName) {
        return TestAmbassadors.active(name, showName);
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
