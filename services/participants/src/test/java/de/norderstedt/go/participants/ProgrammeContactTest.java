package de.norderstedt.go.participants;

import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(GoTestResource.class)
class ProgrammeContactTest {

    @Test
    void anyoneReadsTheContactsOnlyAnAdminChangesThem() {
        given().get("/api/participants/contacts?limit=100").then().statusCode(200)
                .body("items.role", hasItem("Chief Digital Officer"))
                .body("items.organisation", hasItem("Stadtwerke Norderstedt"));

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
        given().get("/api/participants/contacts?limit=100").then().statusCode(200).body("items.role", hasItem("Presse"));

        given().auth().oauth2(admin).delete("/api/participants/contacts/" + id).then().statusCode(204);
        given().get("/api/participants/contacts?limit=100").then().statusCode(200).body("items.role", not(hasItem("Presse")));
    }

    @Test
    void theContactsComeInPagesInTheirShownOrder() {
        JsonPath all = given().get("/api/participants/contacts?limit=100").then().statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("items.id");
        List<Integer> sortOrders = all.getList("items.sortOrder");
        assertTrue(ids.size() >= 2, "the seeded contacts");
        assertNull(all.get("next"));
        assertEquals(sortOrders.stream().sorted().toList(), sortOrders, "ordered by sortOrder");

        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParam("limit", 1);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/participants/contacts").then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id");
            assertEquals(1, items.size());
            paged.addAll(items);
            after = page.getString("next");
        } while (after != null && paged.size() <= ids.size());
        assertEquals(ids, paged, "one at a time: the same contacts in the same order, none twice");
    }
}
