package de.norderstedt.go.roadmap;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@RoadmapTest
class RoadmapVersionsTest {

    @Test
    void aDraftGoesToTheCouncilIsAdoptedWithEventsAndIsThenFrozen() {
        String core = Fixtures.core();
        String lead = Fixtures.lead();
        String goal = Fixtures.goal("Mobilität vernetzen", "LIVING");
        String label = Fixtures.draft();
        String versionId = given().auth().oauth2(core).get(Fixtures.VERSIONS + "/" + label).then().statusCode(200)
                .body("status", is("DRAFT")).extract().path("id");
        String measure = Fixtures.addMeasure(label, Fixtures.measure("MobyKlick in allen Stadtteilen", "LIVING", "QUICK_WIN", List.of(goal)));

        // The public does not see drafts.
        given().get(Fixtures.VERSIONS + "/" + label).then().statusCode(404).contentType("application/problem+json");
        given().get(Fixtures.VERSIONS).then().statusCode(200).body("items.label", not(hasItem(label)));

        // Only the programme lead submits; the core team may not.
        given().auth().oauth2(core).post(Fixtures.VERSIONS + "/" + label + "/submission").then().statusCode(403);
        given().auth().oauth2(lead).post(Fixtures.VERSIONS + "/" + label + "/submission").then().statusCode(200)
                .body("status", is("SUBMITTED"));
        // With the council, the text is read, not edited.
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Fixtures.measure("Geändert", "LIVING", "QUICK_WIN", List.of()))
                .put(Fixtures.VERSIONS + "/" + label + "/measures/" + measure).then().statusCode(409).contentType("application/problem+json");

        // A resolution needs date, body and number.
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("resolutionDate", "2022-03-15", "body", " "))
                .post(Fixtures.VERSIONS + "/" + label + "/adoption").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("body", "resolutionNumber"));
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("resolutionDate", "2022-03-15", "body", "Stadtvertretung Norderstedt", "resolutionNumber", "B 22/0042"))
                .post(Fixtures.VERSIONS + "/" + label + "/adoption").then().statusCode(200)
                .body("status", is("ADOPTED")).body("resolution.date", is("2022-03-15"))
                .body("resolution.number", is("B 22/0042")).body("resolution.body", is("Stadtvertretung Norderstedt"));

        List<TopicReader.Event> events = TopicReader.awaitTypes(Topics.ROADMAP, versionId,
                RoadmapEvents.VERSION_SUBMITTED.type(), RoadmapEvents.VERSION_ADOPTED.type());
        TopicReader.Event adopted = events.stream().filter(e -> e.type().equals(RoadmapEvents.VERSION_ADOPTED.type())).findFirst().orElseThrow();
        assertEquals(label, adopted.data().path("label").asText());
        assertEquals("B 22/0042", adopted.data().path("resolution").path("number").asText());
        assertEquals("2022-03-15", adopted.data().path("resolution").path("date").asText());
        TopicReader.awaitTypes(Topics.ROADMAP, measure, RoadmapEvents.MEASURE_ADDED.type());

        // Adopted: public, and every write is a 409 problem that says why.
        given().get(Fixtures.VERSIONS + "/" + label).then().statusCode(200).body("status", is("ADOPTED"));
        String path = Fixtures.VERSIONS + "/" + label;
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("title", "Neu"))
                .put(path).then().statusCode(409).contentType("application/problem+json").body("detail", containsString("adopted"));
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Fixtures.measure("Nachgereicht", "LIVING", "QUICK_WIN", List.of()))
                .post(path + "/measures").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Fixtures.measure("Geändert", "LIVING", "QUICK_WIN", List.of()))
                .put(path + "/measures/" + measure).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(core).delete(path + "/measures/" + measure).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(lead).post(path + "/submission").then().statusCode(409);
        given().auth().oauth2(lead).delete(path + "/submission").then().statusCode(409);
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("resolutionDate", "2023-01-01", "body", "Stadtvertretung Norderstedt", "resolutionNumber", "B 23/0001"))
                .post(path + "/adoption").then().statusCode(409);
        given().get(path + "/measures/" + measure).then().statusCode(200)
                .body("title", is("MobyKlick in allen Stadtteilen")).body("goals[0].title", is("Mobilität vernetzen"));
        given().get(path).then().body("resolution.number", is("B 22/0042"));
    }

    @Test
    void theNextVersionStartsAsACopyOfTheLatestAdoptedOneAndChangesOnlyItself() {
        String core = Fixtures.core();
        String lead = Fixtures.lead();
        String first = Fixtures.draft();
        String kept = Fixtures.addMeasure(first, Fixtures.measure("Open-Data-Portal der Stadt", "WORKING_WITH", "MEDIUM_TERM", List.of()));
        Fixtures.adopt(first, "B 22/0100");
        List<Object> adoptedIds = ids(Fixtures.all(null, Fixtures.VERSIONS + "/" + first + "/measures"));

        String next = given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("title", "Roadmap, fortgeschrieben"))
                .post(Fixtures.VERSIONS).then().statusCode(201)
                .header("Location", containsString("/api/roadmap/versions/"))
                .body("status", is("DRAFT")).body("basedOnLabel", is(first)).body("measureCount", is(adoptedIds.size()))
                .extract().path("label");
        assertEquals(Integer.parseInt(first.split("\\.")[0]) + 1 + ".0", next);
        // One version is prepared at a time.
        given().auth().oauth2(lead).contentType(ContentType.JSON).body(Map.of("title", "Noch eine"))
                .post(Fixtures.VERSIONS).then().statusCode(409).contentType("application/problem+json");

        List<Object> copiedIds = ids(Fixtures.all(core, Fixtures.VERSIONS + "/" + next + "/measures"));
        assertEquals(adoptedIds, copiedIds, "the same measures, with the same ids, in the same order (page by page)");

        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Fixtures.measure("Open-Data-Portal mit Echtzeitdaten", "WORKING_WITH", "MEDIUM_TERM", List.of()))
                .put(Fixtures.VERSIONS + "/" + next + "/measures/" + kept).then().statusCode(200)
                .body("title", is("Open-Data-Portal mit Echtzeitdaten")).body("versionLabel", is(next));
        given().get(Fixtures.VERSIONS + "/" + first + "/measures/" + kept).then().statusCode(200)
                .body("title", is("Open-Data-Portal der Stadt"));
        // The draft stays hidden from the public; the measure's public view is the adopted one.
        given().get(Fixtures.ROADMAP + "/measures/" + kept).then().statusCode(200)
                .body("versionLabel", is(first)).body("title", is("Open-Data-Portal der Stadt"));
    }

    private static List<Object> ids(List<Map<String, Object>> measures) {
        return measures.stream().map(m -> m.get("id")).toList();
    }
}
