package de.norderstedt.go.roadmap;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@RoadmapTest
class ProgressAndOpenDataTest {

    @Test
    void aParentsProgressIsTheWeightedMeanOfItsChildrenAndIsAnnounced() {
        String core = Fixtures.core();
        String label = Fixtures.draft();
        String parent = Fixtures.addMeasure(label, Fixtures.measure("Digitales Rathaus", "WORKING_WITH", "MEDIUM_TERM", List.of()));
        Map<String, Object> a = Fixtures.measure("Online-Terminvergabe", "WORKING_WITH", "QUICK_WIN", List.of());
        a.put("parentMeasureId", parent);
        a.put("weight", 1);
        Map<String, Object> b = Fixtures.measure("E-Akte in allen Fachbereichen", "WORKING_WITH", "MEDIUM_TERM", List.of());
        b.put("parentMeasureId", parent);
        b.put("weight", 3);
        String childA = Fixtures.addMeasure(label, a);
        String childB = Fixtures.addMeasure(label, b);

        progress(core, childA, "DONE", null).then().statusCode(200).body("progressPercent", is(100.0f));
        given().auth().oauth2(core).get(Fixtures.VERSIONS + "/" + label + "/measures/" + parent).then().statusCode(200)
                .body("progressPercent", is(25.0f)).body("progressComputed", is(true))
                .body("subMeasureIds", contains(childA, childB));
        progress(core, childB, "IN_PROGRESS", 50).then().statusCode(200).body("progressPercent", is(50.0f));
        // (1 × 100 + 3 × 50) / 4
        given().auth().oauth2(core).get(Fixtures.VERSIONS + "/" + label + "/measures/" + parent).then()
                .body("progressPercent", is(62.5f));

        // A parent's progress is computed, never typed in; a done measure is at 100.
        progress(core, parent, "IN_PROGRESS", 70).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("progressPercent"));
        progress(core, childB, "DONE", 40).then().statusCode(400);
        progress(core, childB, "HALF_DONE", 40).then().statusCode(400).contentType("application/problem+json");
        progress(core, childB, "IN_PROGRESS", 101).then().statusCode(400).body("violations[0].field", is("progressPercent"));
        progress(Fixtures.core(), java.util.UUID.randomUUID().toString(), "IN_PROGRESS", 10).then().statusCode(404);

        List<TopicReader.Event> events = TopicReader.await(Topics.ROADMAP, parent, Duration.ofSeconds(30), list -> list.stream()
                .anyMatch(e -> e.type().equals(RoadmapEvents.MEASURE_PROGRESSED.type()) && e.data().path("progressPercent").asDouble() == 62.5));
        assertEquals(2, events.stream().filter(e -> e.type().equals(RoadmapEvents.MEASURE_PROGRESSED.type())).count(),
                "the parent was announced at 25 and at 62.5");

        // Milestones: reaching one is announced once.
        String milestone = given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("title", "Pilot im Bürgerbüro", "dueDate", "2022-09-30", "done", false))
                .post(Fixtures.ROADMAP + "/measures/" + childB + "/milestones").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(core).contentType(ContentType.JSON)
                    .body(Map.of("title", "Pilot im Bürgerbüro", "dueDate", "2022-09-30", "done", true))
                    .put(Fixtures.ROADMAP + "/measures/" + childB + "/milestones/" + milestone).then().statusCode(200).body("done", is(true));
        }
        // Then a later event of the same measure (same key, so after the milestone's events on the topic):
        // once it has been published, a second milestone-reached would have been published before it.
        progress(core, childB, "IN_PROGRESS", 60).then().statusCode(200);
        List<TopicReader.Event> childEvents = TopicReader.await(Topics.ROADMAP, childB, Duration.ofSeconds(30), list -> list.stream()
                .anyMatch(e -> e.type().equals(RoadmapEvents.MEASURE_PROGRESSED.type()) && e.data().path("progressPercent").asDouble() == 60.0));
        List<String> types = childEvents.stream().map(TopicReader.Event::type).toList();
        assertEquals(1, types.stream().filter(RoadmapEvents.MILESTONE_REACHED.type()::equals).count(), "the milestone was announced once: " + types);
        assertTrue(types.indexOf(RoadmapEvents.MILESTONE_REACHED.type()) < types.lastIndexOf(RoadmapEvents.MEASURE_PROGRESSED.type()),
                "the milestone was announced before the later progress report: " + types);
        given().auth().oauth2(core).get(Fixtures.VERSIONS + "/" + label + "/measures/" + childB).then()
                .body("milestones[0].title", is("Pilot im Bürgerbüro")).body("milestones[0].done", is(true));
    }

    @Test
    void theAdoptedRoadmapIsOpenDataAsCsvJsonAndDcat() throws IOException {
        String core = Fixtures.core();
        String goal = Fixtures.goal("Verwaltung digital und nah", "WORKING_WITH");
        String label = Fixtures.draft();
        String measure = Fixtures.addMeasure(label, Fixtures.measure("Digitale Sprechstunde, \"Videotermin\"", "WORKING_WITH", "QUICK_WIN", List.of(goal)));
        // Drafts are no open data.
        given().get(Fixtures.VERSIONS + "/" + label + "/open-data/measures.csv").then().statusCode(404);
        Fixtures.adopt(label, "B 22/0777");
        progress(core, measure, "IN_PROGRESS", 40).then().statusCode(200);

        String csv = given().get(Fixtures.VERSIONS + "/" + label + "/open-data/measures.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        // The header as published (the open-data contract), written out here rather than taken from the code that writes it.
        assertEquals("measure_id,roadmap_version,title,description,action_field,action_field_label,strategic_goals,horizon,owner,"
                + "owner_detail,planned_start,planned_end,status,progress_percent,parent_measure_id,weight,funding_programmes,"
                + "milestones_done,milestones_total,idea_ids", csv.lines().findFirst().orElseThrow());
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            assertEquals(List.of("measure_id", "roadmap_version", "title", "description", "action_field", "action_field_label",
                    "strategic_goals", "horizon", "owner", "owner_detail", "planned_start", "planned_end", "status", "progress_percent",
                    "parent_measure_id", "weight", "funding_programmes", "milestones_done", "milestones_total", "idea_ids"),
                    parser.getHeaderNames());
            rows = parser.getRecords();
        }
        CSVRecord row = rows.stream().filter(r -> r.get("measure_id").equals(measure)).findFirst().orElseThrow();
        assertEquals("Digitale Sprechstunde, \"Videotermin\"", row.get("title"));
        assertEquals(label, row.get("roadmap_version"));
        assertEquals("Mit Norderstedt arbeiten", row.get("action_field_label"));
        assertEquals("Verwaltung digital und nah", row.get("strategic_goals"));
        assertEquals("IN_PROGRESS", row.get("status"));
        assertEquals("40.00", row.get("progress_percent"));
        assertEquals("Modellprojekte Smart Cities (BMWSB)", row.get("funding_programmes"));
        assertFalse(csv.contains("@"), "no e-mail addresses or other personal data in open data");

        given().get(Fixtures.VERSIONS + "/" + label + "/open-data/roadmap.json").then().statusCode(200)
                .body("version.label", is(label)).body("version.resolution.number", is("B 22/0777"))
                .body("goals.title", hasItem("Verwaltung digital und nah"))
                .body("measures.find { it.id == '" + measure + "' }.progressPercent", is(40.0f))
                .body("measures.find { it.id == '" + measure + "' }.goals[0].title", is("Verwaltung digital und nah"));

        Map<String, Object> dcat = given().get(Fixtures.VERSIONS + "/" + label + "/open-data/dcat.jsonld").then().statusCode(200)
                .contentType("application/ld+json")
                .body("'@type'", is("dcat:Dataset"))
                .body("'dct:identifier'", is("urn:norderstedt-go:roadmap:" + label))
                .body("'dct:publisher'.'foaf:name'", is("Stadt Norderstedt"))
                .body("'dcatde:politicalGeocodingURI'.'@id'", endsWith("/regionalKey/010600063063"))
                .body("'dcatde:politicalGeocodingLevelURI'.'@id'", is("http://dcat-ap.de/def/politicalGeocoding/Level/municipality"))
                .body("'dcat:distribution'.'dct:license'.'@id'", hasItems("http://dcat-ap.de/def/licenses/dl-by-de/2.0"))
                .body("'dcat:distribution'.'dcat:downloadURL'.'@id'", hasItems(
                        endsWith("/api/roadmap/versions/" + label + "/open-data/measures.csv"),
                        endsWith("/api/roadmap/versions/" + label + "/open-data/roadmap.json")))
                .body("'dcat:distribution'.'dct:format'.'@id'", hasItems(
                        "http://publications.europa.eu/resource/authority/file-type/CSV",
                        "http://publications.europa.eu/resource/authority/file-type/JSON"))
                .extract().as(Map.class);
        assertTrue(String.valueOf(dcat.get("dcatde:legalBasis")).contains("B 22/0777"));
    }

    private static io.restassured.response.Response progress(String token, String measure, String status, Integer percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("progressPercent", percent);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(Fixtures.ROADMAP + "/measures/" + measure + "/progress");
    }
}
