package de.norderstedt.go.participants;

import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(GoTestResource.class)
class ProgrammeContactTest {

    @Test
    void anyoneReadsTheContactsOnlyAnAdminChangesThem() {
        given().get("/api/participants/contacts").then().statusCode(200)
                .body("role", hasItem("Chief Digital Officer"))
                .body("organisation", hasItem("Stadtwerke Norderstedt"));

        Map<String, Object> contact = Map.of("role", "Presse", "organisation", "Stadt Norderstedt",
                "publicEmail", "presse@stadt-norderstedt.example", "sortOrder", 3);
        given().auth().oauth2(TestInfra.tokenForNewPerson("core-team")).contentType(ContentType.JSON).body(contact)
                .post("/api/participants/contacts").then().statusCode(403);
        String admin = TestInfra.tokenForNewPerson("admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("role", "Presse", "organisation", "Stadt Norderstedt", "publicEmail", "keine-adresse"))
                .post("/api/participants/contacts").then().statusCode(400).body("violations[0].field", is("publicEmail"));
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(contact)
                .post("/api/participants/contacts").then().statusCode(201).extract().path("id");
        given().get("/api/participants/contacts").then().body("role", hasItem("Presse"));

        given().auth().oauth2(admin).delete("/api/participants/contacts/" + id).then().statusCode(204);
        given().get("/api/participants/contacts").then().body("role", not(hasItem("Presse")));
    }
}
