package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@IdeasTest
class IdeaAccessAndValidationTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void whoMayDoWhat() {
        TestAmbassadors.Ambassador amb = Fixtures.ambassador("Rolf Rollen", false);
        String id = Fixtures.submit(amb, "Smarte Laternen", "Licht nur bei Bedarf.", "LIVING");

        given().contentType(ContentType.JSON).body(Fixtures.idea("Anonym", "Text", "LIVING")).post(Fixtures.IDEAS).then().statusCode(401).contentType(PROBLEM);
        given().get(Fixtures.IDEAS + "/" + id).then().statusCode(200);
        given().put(Fixtures.IDEAS + "/" + id + "/support").then().statusCode(401);
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW"))
                .post(Fixtures.IDEAS + "/" + id + "/status").then().statusCode(403);
        given().auth().oauth2(amb.token()).get(Fixtures.IDEAS + "/duplicate-candidates").then().statusCode(403);

        String core = Fixtures.staff("core-team");
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW"))
                .post(Fixtures.IDEAS + "/" + id + "/status").then().statusCode(200);
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("status", "ASSESSED"))
                .post(Fixtures.IDEAS + "/" + id + "/status").then().statusCode(403);
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("relevance", 1, "benefit", 1, "feasibility", 1, "cost", 1, "sustainability", 1)))
                .put(Fixtures.IDEAS + "/" + id + "/assessments/mine").then().statusCode(403);
        given().auth().oauth2(Fixtures.staff("programme-lead")).contentType(ContentType.JSON).body(Map.of("status", "ASSESSED"))
                .post(Fixtures.IDEAS + "/" + id + "/status").then().statusCode(409);

        // A person who registered but did not accept the code is no ambassador yet.
        String pending = TestAmbassadors.pending("Paul Pending", false).token();
        given().auth().oauth2(pending).contentType(ContentType.JSON).body(Fixtures.idea("Noch nicht", "Text", "LIVING"))
                .post(Fixtures.IDEAS).then().statusCode(403);

        // The core team enters a workshop card without an author.
        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("title", "Karte vom Workshop", "description", "Handschriftlich", "actionField", "WORKING_IN",
                        "origin", "WORKSHOP", "workshopId", UUID.randomUUID().toString(), "workshopGroup", "Gruppe 3"))
                .post(Fixtures.IDEAS).then().statusCode(201).body("authorName", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void badInputIsAProblemAndNothingIsStored() {
        TestAmbassadors.Ambassador amb = Fixtures.ambassador("Fritz Fehler", false);
        long before = TestInfra.count("select count(*) from idea");
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body("{}").post(Fixtures.IDEAS)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", containsInAnyOrder("title", "description", "actionField"));
        var body = Fixtures.idea("x".repeat(201), "Text", "SPACE");
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(body).post(Fixtures.IDEAS)
                .then().statusCode(400).contentType(PROBLEM).body("allowed", hasItems("LIVING", "WORKING_WITH"));
        body = Fixtures.idea("x".repeat(201), "Text", "LIVING");
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(body).post(Fixtures.IDEAS)
                .then().statusCode(400).body("violations[0].field", is("title"));
        body = Fixtures.idea("Titel", "Text", "LIVING");
        body.put("tags", java.util.List.of("<script>"));
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(body).post(Fixtures.IDEAS)
                .then().statusCode(400).body("violations[0].field", is("tags[0]"));
        given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body("[1,2").post(Fixtures.IDEAS)
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(amb.token()).contentType(ContentType.TEXT).body("Titel").post(Fixtures.IDEAS)
                .then().statusCode(415).contentType(PROBLEM);
        assertEquals(before, TestInfra.count("select count(*) from idea"));

        given().get(Fixtures.IDEAS + "?sort=LOUDEST").then().statusCode(400).body("violations[0].field", is("sort"));
        given().get(Fixtures.IDEAS + "?sort=RELEVANCE").then().statusCode(400).body("violations[0].field", is("sort"));
        given().get(Fixtures.IDEAS + "?workshopId=nope").then().statusCode(400).body("violations[0].field", is("workshopId"));
        given().get(Fixtures.IDEAS + "?status=WITHDRAWN").then().statusCode(400);
        given().get(Fixtures.IDEAS + "?after=abc").then().statusCode(400).body("violations[0].field", is("after"));
        given().get(Fixtures.IDEAS + "/similar").then().statusCode(400).body("violations[0].field", is("text"));
        given().get(Fixtures.IDEAS + "/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Fixtures.staff("core-team")).contentType(ContentType.JSON)
                .body(Map.of("status", "CLASSIFIED")).post(Fixtures.IDEAS + "/" + UUID.randomUUID() + "/status").then().statusCode(403);
        given().auth().oauth2(Fixtures.staff("programme-lead")).contentType(ContentType.JSON)
                .body(Map.of("status", "CLASSIFIED")).post(Fixtures.IDEAS + "/" + Fixtures.submit(amb, "Zu klassifizieren", "Text", "LIVING") + "/status").then().statusCode(400)
                .body("violations[0].field", is("classification"));
    }

    @Test
    void pagingThroughTheNewestIdeasMissesNothing() {
        TestAmbassadors.Ambassador amb = Fixtures.ambassador("Petra Paging", false);
        String tag = "paging-" + UUID.randomUUID().toString().substring(0, 6);
        java.util.List<String> created = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var body = Fixtures.idea("Seite " + i, "Text " + i, "WORKING_IN");
            body.put("tags", java.util.List.of(tag));
            created.add(given().auth().oauth2(amb.token()).contentType(ContentType.JSON).body(body).post(Fixtures.IDEAS)
                    .then().statusCode(201).extract().path("id"));
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        String after = null;
        do {
            var request = given().queryParam("tag", tag).queryParam("limit", 3);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get(Fixtures.IDEAS).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            after = page.getString("next");
        } while (after != null);
        java.util.Collections.reverse(created);
        assertEquals(created, seen);
    }
}
