package de.norderstedt.go.roadmap;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicReader;
import de.norderstedt.go.roadmap.model.AreaOfLife;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@RoadmapTest
class StrategyTest {

    @Test
    void theVisionIsDraftedAdoptedAndKeptInHistory() {
        String core = Fixtures.core();
        String lead = Fixtures.lead();
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("statement", "Norderstedt wird digital, nachhaltig und nah."))
                .put(Fixtures.ROADMAP + "/vision/draft").then().statusCode(200).body("status", is("DRAFT"));
        given().get(Fixtures.ROADMAP + "/vision/history").then().statusCode(200).body("items.status", not(hasItem("DRAFT")));
        given().auth().oauth2(core).post(Fixtures.ROADMAP + "/vision/draft/adoption").then().statusCode(403);
        String first = given().auth().oauth2(lead).post(Fixtures.ROADMAP + "/vision/draft/adoption").then().statusCode(200)
                .body("status", is("ADOPTED")).extract().path("id");
        given().auth().oauth2(lead).post(Fixtures.ROADMAP + "/vision/draft/adoption").then().statusCode(409);

        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("statement", "Norderstedt GO!: eine Stadt, die ihre Zukunft mit allen digital gestaltet."))
                .put(Fixtures.ROADMAP + "/vision/draft").then().statusCode(200);
        String second = given().auth().oauth2(lead).post(Fixtures.ROADMAP + "/vision/draft/adoption").then().statusCode(200).extract().path("id");
        given().get(Fixtures.ROADMAP + "/vision").then().statusCode(200).body("id", is(second))
                .body("statement", is("Norderstedt GO!: eine Stadt, die ihre Zukunft mit allen digital gestaltet."));
        List<Map<String, Object>> history = given().get(Fixtures.ROADMAP + "/vision/history").then().statusCode(200).extract().path("items");
        assertEquals(second, history.get(0).get("id"));
        assertEquals("SUPERSEDED", history.stream().filter(v -> v.get("id").equals(first)).findFirst().orElseThrow().get("status"));
        TopicReader.awaitTypes(Topics.ROADMAP, second, RoadmapEvents.VISION_ADOPTED.type());
    }

    @Test
    void goalsAreDefinedChangedAndAnnounced_actionFieldsShowThemInPriorityOrder() {
        String core = Fixtures.core();
        String lead = Fixtures.lead();
        String goal = Fixtures.goal("Unternehmen digital vernetzen", "WORKING_IN");
        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("title", "Unternehmen und Stadt digital vernetzen", "actionField", "WORKING_IN"))
                .put(Fixtures.ROADMAP + "/goals/" + goal).then().statusCode(200)
                .body("title", is("Unternehmen und Stadt digital vernetzen")).body("actionFieldLabel", is("In Norderstedt arbeiten"))
                .body("indicators.size()", is(0));
        var events = TopicReader.awaitTypes(Topics.ROADMAP, goal, RoadmapEvents.GOAL_DEFINED.type(), RoadmapEvents.GOAL_CHANGED.type());
        assertEquals("Unternehmen und Stadt digital vernetzen", events.get(events.size() - 1).data().path("title").asText());
        assertEquals("WORKING_IN", events.get(events.size() - 1).data().path("actionField").asText());

        given().get(Fixtures.ROADMAP + "/goals?actionField=WORKING_IN&limit=100").then().statusCode(200).body("items.id", hasItem(goal))
                .body("items.actionField", everyItem(is("WORKING_IN")));
        given().get(Fixtures.ROADMAP + "/goals?actionField=NOWHERE").then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("order", List.of("WORKING_IN", "LIVING", "EXPERIENCING", "WORKING_WITH")))
                .put(Fixtures.ROADMAP + "/action-fields/priority").then().statusCode(200);
        given().get(Fixtures.ROADMAP + "/action-fields").then().statusCode(200)
                .body("items.field", contains("WORKING_IN", "LIVING", "EXPERIENCING", "WORKING_WITH"))
                .body("items.label", contains("In Norderstedt arbeiten", "In Norderstedt leben", "Norderstedt erleben", "Mit Norderstedt arbeiten"))
                .body("items.find { it.field == 'WORKING_IN' }.goals.id", hasItem(goal));
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("order", List.of("LIVING", "LIVING", "EXPERIENCING", "WORKING_WITH")))
                .put(Fixtures.ROADMAP + "/action-fields/priority").then().statusCode(400).body("violations[0].field", is("order"));
        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("order", List.of("LIVING", "WORKING_IN", "EXPERIENCING", "WORKING_WITH")))
                .put(Fixtures.ROADMAP + "/action-fields/priority").then().statusCode(403);
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("order", List.of("LIVING", "EXPERIENCING", "WORKING_IN", "WORKING_WITH")))
                .put(Fixtures.ROADMAP + "/action-fields/priority").then().statusCode(200);
    }

    @Test
    void phasesTimelineInventoryAndIndicators() {
        String core = Fixtures.core();
        given().get(Fixtures.ROADMAP + "/phases").then().statusCode(200)
                .body("items.key", contains("PHASE_I", "PHASE_II", "PHASE_III", "COMMUNICATION"));
        // Page by page: the same order, the cursor of one page leads to the next, the last has none.
        String next = given().queryParam("limit", 3).get(Fixtures.ROADMAP + "/phases").then().statusCode(200)
                .body("items.key", contains("PHASE_I", "PHASE_II", "PHASE_III")).body("next", notNullValue()).extract().path("next");
        given().queryParam("limit", 3).queryParam("after", next).get(Fixtures.ROADMAP + "/phases").then().statusCode(200)
                .body("items.key", contains("COMMUNICATION")).body("next", nullValue());
        given().queryParam("after", "bm90IG91cnM").get(Fixtures.ROADMAP + "/phases").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("after"));
        given().queryParam("limit", 0).get(Fixtures.ROADMAP + "/phases").then().statusCode(400);
        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("status", "COMPLETED", "plannedStart", "2021-01-01", "plannedEnd", "2021-09-30",
                        "actualStart", "2021-01-15", "actualEnd", "2021-09-23"))
                .put(Fixtures.ROADMAP + "/phases/PHASE_I").then().statusCode(200).body("status", is("COMPLETED"));
        TopicReader.awaitTypes(Topics.ROADMAP, "PHASE_I", RoadmapEvents.PHASE_CHANGED.type());
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE", "plannedStart", "2022-01-01", "plannedEnd", "2021-01-01"))
                .put(Fixtures.ROADMAP + "/phases/PHASE_II").then().statusCode(400).body("violations[0].field", is("plannedEnd"));
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .put(Fixtures.ROADMAP + "/phases/PHASE_IV").then().statusCode(404).contentType("application/problem+json");

        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("title", "Beschluss Roadmap 1.0 in der Stadtvertretung", "phase", "PHASE_III",
                        "startsAt", "2022-03-15T18:00:00+01:00"))
                .post(Fixtures.ROADMAP + "/timeline").then().statusCode(201);
        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("title", "Austausch zum Bericht an den Hauptausschuss", "phase", "COMMUNICATION",
                        "startsAt", "2021-12-13T18:00:00+01:00", "endsAt", "2021-12-13T19:00:00+01:00", "reached", true))
                .post(Fixtures.ROADMAP + "/timeline").then().statusCode(201);
        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("title", "Falsch", "phase", "PHASE_IX", "startsAt", "2022-01-14T16:00:00+01:00"))
                .post(Fixtures.ROADMAP + "/timeline").then().statusCode(400).body("violations[0].field", is("phase"));
        List<String> titles = Fixtures.all(null, Fixtures.ROADMAP + "/timeline").stream().map(m -> (String) m.get("title")).toList();
        assertEquals(true, titles.indexOf("Austausch zum Bericht an den Hauptausschuss") < titles.indexOf("Beschluss Roadmap 1.0 in der Stadtvertretung"));
        given().get(Fixtures.ROADMAP + "/timeline?limit=100").then()
                .body("items.find { it.title == 'Austausch zum Bericht an den Hauptausschuss' }.startsAt", is("2021-12-13T18:00:00+01:00"));

        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("name", "Glasfaser FTTB/H 100 %", "areaOfLife", "DIGITAL_INFRASTRUCTURE", "owner", "wilhelm.tel",
                        "link", "https://www.wilhelm-tel.de", "status", "ACTIVE"))
                .post(Fixtures.ROADMAP + "/inventory").then().statusCode(201);
        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("name", "Kaputt", "areaOfLife", "MOON", "owner", "x", "link", "javascript:alert(1)", "status", "ACTIVE"))
                .post(Fixtures.ROADMAP + "/inventory").then().statusCode(400).contentType("application/problem+json");
        // The strategy house, item by item in the order of its areas of life; each item names its area's German label.
        List<Map<String, Object>> house = Fixtures.all(null, Fixtures.ROADMAP + "/inventory");
        Map<String, Object> fibre = house.stream().filter(i -> "Glasfaser FTTB/H 100 %".equals(i.get("name"))).findFirst().orElseThrow();
        assertEquals("DIGITAL_INFRASTRUCTURE", fibre.get("areaOfLife"));
        assertEquals("Digitale Infrastruktur", fibre.get("areaOfLifeLabel"));
        List<Integer> places = house.stream().map(i -> AreaOfLife.valueOf((String) i.get("areaOfLife")).ordinal()).toList();
        assertEquals(places.stream().sorted().toList(), places, "the areas of life in the strategy house's order, each area's initiatives together");

        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("title", "Smart-City-Ranking „Digitales Deutschland“", "unit", "Rang", "higherIsBetter", false))
                .put(Fixtures.ROADMAP + "/indicators/smart-city-ranking").then().statusCode(200);
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("observedOn", "2021-12-31", "value", 11))
                .post(Fixtures.ROADMAP + "/indicators/smart-city-ranking/values").then().statusCode(200);
        given().get(Fixtures.ROADMAP + "/indicators/smart-city-ranking").then().statusCode(200)
                .body("values[0].observedOn", is("2021-12-31")).body("values[0].value", is(11)).body("higherIsBetter", is(false));
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("title", "x", "higherIsBetter", true))
                .put(Fixtures.ROADMAP + "/indicators/Not A Key").then().statusCode(400);
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("observedOn", "2021-12-31", "value", 1e15))
                .post(Fixtures.ROADMAP + "/indicators/smart-city-ranking/values").then().statusCode(400);
        given().get(Fixtures.ROADMAP + "/indicators/nope").then().statusCode(404);
    }

    @Test
    void badMeasuresAreRejectedFieldByFieldAndLeaveNothingBehind() {
        String core = Fixtures.core();
        String label = Fixtures.draft();
        long before = TestInfra.count("select count(*) from planned_measure");
        String path = Fixtures.VERSIONS + "/" + label + "/measures";

        Map<String, Object> unknownGoal = Fixtures.measure("Mit erfundenem Ziel", "LIVING", "QUICK_WIN", List.of(java.util.UUID.randomUUID().toString()));
        given().auth().oauth2(core).contentType(ContentType.JSON).body(unknownGoal).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("goalIds[0]"));
        Map<String, Object> backwards = Fixtures.measure("Rückwärts", "LIVING", "QUICK_WIN", List.of());
        backwards.put("plannedStart", "2023-01-01");
        backwards.put("plannedEnd", "2022-01-01");
        given().auth().oauth2(core).contentType(ContentType.JSON).body(backwards).post(path).then().statusCode(400)
                .body("violations[0].field", is("plannedEnd"));
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("title", "", "horizon", "SOMEDAY"))
                .post(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(core).contentType(ContentType.JSON).body(Map.of("title", "x", "actionField", "LIVING", "horizon", "QUICK_WIN",
                        "owner", "PARTNER", "weight", 0)).post(path).then().statusCode(400).body("violations[0].field", is("weight"));
        given().auth().oauth2(core).contentType(ContentType.JSON).body("{\"title\": ").post(path).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(core).contentType(ContentType.TEXT).body("title").post(path).then().statusCode(415);
        Map<String, Object> orphan = Fixtures.measure("Ohne Eltern", "LIVING", "QUICK_WIN", List.of());
        orphan.put("parentMeasureId", java.util.UUID.randomUUID().toString());
        given().auth().oauth2(core).contentType(ContentType.JSON).body(orphan).post(path).then().statusCode(400)
                .body("violations[0].field", is("parentMeasureId"));
        assertEquals(before, TestInfra.count("select count(*) from planned_measure"), "no half-written measure stays behind");

        // Two measures may not become each other's parent.
        String a = Fixtures.addMeasure(label, Fixtures.measure("A", "LIVING", "QUICK_WIN", List.of()));
        Map<String, Object> b = Fixtures.measure("B", "LIVING", "QUICK_WIN", List.of());
        b.put("parentMeasureId", a);
        String bId = Fixtures.addMeasure(label, b);
        Map<String, Object> cycle = Fixtures.measure("A", "LIVING", "QUICK_WIN", List.of());
        cycle.put("parentMeasureId", bId);
        given().auth().oauth2(core).contentType(ContentType.JSON).body(cycle).put(path + "/" + a).then().statusCode(400)
                .body("violations[0].field", is("parentMeasureId"));
        given().auth().oauth2(core).delete(path + "/" + a).then().statusCode(409);
        given().auth().oauth2(core).delete(path + "/" + bId).then().statusCode(204);
        given().auth().oauth2(core).delete(path + "/" + a).then().statusCode(204);
        given().auth().oauth2(core).get(path + "/" + a).then().statusCode(404);
        given().auth().oauth2(core).get(Fixtures.VERSIONS + "/9.9").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void whoMayDoWhat() {
        String label = Fixtures.draft();
        String ambassador = TestInfra.tokenForNewPerson("ambassador");
        String core = Fixtures.core();
        Map<String, Object> goal = Map.of("title", "Ziel", "actionField", "LIVING");
        // Anonymous: reads public content, writes nothing.
        for (String read : List.of("/vision/history", "/action-fields", "/goals", "/phases", "/timeline", "/inventory", "/indicators", "/versions")) {
            given().get(Fixtures.ROADMAP + read).then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(goal).post(Fixtures.ROADMAP + "/goals").then().statusCode(401)
                .contentType("application/problem+json");
        given().get(Fixtures.VERSIONS + "/" + label + "/measures").then().statusCode(404);
        // Ambassadors take part elsewhere; the strategy is the programme team's.
        given().auth().oauth2(ambassador).contentType(ContentType.JSON).body(goal).post(Fixtures.ROADMAP + "/goals").then().statusCode(403);
        given().auth().oauth2(ambassador).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .post(Fixtures.VERSIONS).then().statusCode(403);
        given().auth().oauth2(ambassador).contentType(ContentType.JSON).body(Fixtures.measure("x", "LIVING", "QUICK_WIN", List.of()))
                .post(Fixtures.VERSIONS + "/" + label + "/measures").then().statusCode(403);
        given().auth().oauth2(ambassador).get(Fixtures.VERSIONS + "/" + label).then().statusCode(404);
        // Core team edits drafts; submission and adoption are the programme lead's.
        given().auth().oauth2(core).get(Fixtures.VERSIONS + "/" + label).then().statusCode(200).body("resolution", nullValue());
        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("resolutionDate", "2022-03-15", "body", "Stadtvertretung", "resolutionNumber", "1"))
                .post(Fixtures.VERSIONS + "/" + label + "/adoption").then().statusCode(403);
        given().auth().oauth2(core).delete(Fixtures.VERSIONS + "/" + label + "/submission").then().statusCode(403);
        given().auth().oauth2(Fixtures.lead()).contentType(ContentType.JSON)
                .body(Map.of("resolutionDate", "2022-03-15", "body", "Stadtvertretung", "resolutionNumber", "1"))
                .post(Fixtures.VERSIONS + "/" + label + "/adoption").then().statusCode(409);
    }

    /** A sort key as stored, with a tab or a line break, still makes a cursor the next page accepts. */
    @Test
    void everyPageOfTheInventoryIsReachableWhateverTheNamesHold() {
        String unique = TestInfra.uniqueLetters();
        List<String> names = List.of("AAA\tParkplatz " + unique, "AAA\nLadepunkt " + unique);
        for (String name : names) {
            given().auth().oauth2(Fixtures.core()).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "description", "Testeintrag", "areaOfLife", "MOBILITY", "owner", "Stadt",
                            "status", "PLANNED"))
                    .post("/api/roadmap/inventory").then().statusCode(201);
        }
        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        do {
            var page = given().queryParam("limit", 1).queryParams(after == null ? Map.of() : Map.of("after", after))
                    .get("/api/roadmap/inventory").then().statusCode(200).extract();
            seen.addAll(page.jsonPath().getList("items.name", String.class));
            after = page.path("next");
        } while (after != null);
        assertEquals(true, seen.containsAll(names), "every initiative on some page: " + seen);
    }
}
