package de.norderstedt.go.roadmap;

import de.norderstedt.go.platform.testing.TestInfra;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

final class Fixtures {

    static final String ROADMAP = "/api/roadmap";
    static final String VERSIONS = ROADMAP + "/versions";

    private Fixtures() {
    }

    static String core() {
        return TestInfra.tokenForNewPerson("core-team");
    }

    static String lead() {
        return TestInfra.tokenForNewPerson("programme-lead");
    }

    static String goal(String title, String field) {
        return given().auth().oauth2(core()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "description", "Ziel im Handlungsfeld " + field, "actionField", field,
                        "indicators", List.of("Anzahl umgesetzter Maßnahmen")))
                .post(ROADMAP + "/goals").then().statusCode(201).extract().path("id");
    }

    /** The label of the draft being prepared, started if there is none (a submission is taken back). */
    static String draft() {
        String lead = lead();
        // Newest first: the version in the making, if any, is on the first page.
        List<Map<String, Object>> versions = given().auth().oauth2(lead).get(VERSIONS).then().statusCode(200).extract().path("items");
        for (Map<String, Object> v : versions) {
            if ("DRAFT".equals(v.get("status"))) {
                return (String) v.get("label");
            }
            if ("SUBMITTED".equals(v.get("status"))) {
                given().auth().oauth2(lead).delete(VERSIONS + "/" + v.get("label") + "/submission").then().statusCode(200);
                return (String) v.get("label");
            }
        }
        return given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("title", "Smart-City-Strategie Norderstedt", "summary", "Maßnahmen aus dem Relevanz- und Nutzen-Check"))
                .post(VERSIONS).then().statusCode(201).extract().path("label");
    }

    /** Every item of a paged list, following {@code next} page by page (anonymous when {@code token} is null). */
    static List<Map<String, Object>> all(String token, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        String after = null;
        do {
            RequestSpecification request = token == null ? given() : given().auth().oauth2(token);
            request.queryParam("limit", 100);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            after = page.getString("next");
        } while (after != null);
        return items;
    }

    static Map<String, Object> measure(String title, String field, String horizon, List<String> goals) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("description", "Beschreibung: " + title);
        m.put("actionField", field);
        m.put("goalIds", goals);
        m.put("horizon", horizon);
        m.put("owner", "MUNICIPAL_UTILITY");
        m.put("ownerDetail", "Stadtwerke Norderstedt");
        m.put("plannedStart", "2022-04-01");
        m.put("plannedEnd", "2023-12-31");
        m.put("fundingProgrammes", List.of("Modellprojekte Smart Cities (BMWSB)"));
        return m;
    }

    static String addMeasure(String label, Map<String, Object> body) {
        return given().auth().oauth2(core()).contentType(ContentType.JSON).body(body)
                .post(VERSIONS + "/" + label + "/measures").then().statusCode(201).extract().path("id");
    }

    /** Submits and adopts the draft (it must have a measure); returns its label. */
    static String adopt(String label, String number) {
        String lead = lead();
        given().auth().oauth2(lead).post(VERSIONS + "/" + label + "/submission").then().statusCode(200);
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("resolutionDate", "2022-03-15", "body", "Stadtvertretung Norderstedt", "resolutionNumber", number))
                .post(VERSIONS + "/" + label + "/adoption").then().statusCode(200);
        return label;
    }
}
