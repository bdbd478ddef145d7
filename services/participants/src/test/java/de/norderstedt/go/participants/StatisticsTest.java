package de.norderstedt.go.participants;

import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(GoTestResource.class)
class StatisticsTest {

    @Test
    void smallCellsAreSuppressedAndCannotBeWorkedOutFromTheTotal() {
        // Start from an empty programme, so that the counts are exactly the ones entered here.
        TestInfra.execute("delete from participant");
        String staff = TestInfra.tokenForNewPerson("core-team");
        enter(staff, 7, "CITIZEN", "GARSTEDT", "AGE_30_TO_44", List.of("LIVING"));
        enter(staff, 8, "COMPANY", "HARKSHEIDE", "AGE_45_TO_64", List.of("WORKING_IN", "LIVING"));
        enter(staff, 2, "ORGANISATION", "GLASHUETTE", "AGE_45_TO_64", List.of("EXPERIENCING"));

        JsonPath stats = given().auth().oauth2(TestInfra.tokenForNewPerson("programme-lead"))
                .get("/api/participants/statistics").then().statusCode(200).extract().jsonPath();

        assertEquals(17, stats.getInt("total.count"));
        // Two organisations: suppressed. With the total known, the next smallest type goes too.
        assertCell(stats, "byType", "ORGANISATION", null);
        assertCell(stats, "byType", "CITIZEN", null);
        assertCell(stats, "byType", "COMPANY", 8L);
        assertCell(stats, "byType", "EXTERNAL_ADVISOR", 0L);
        assertCell(stats, "byDistrict", "GLASHUETTE", null);
        assertCell(stats, "byDistrict", "GARSTEDT", null);
        assertCell(stats, "byDistrict", "HARKSHEIDE", 8L);
        assertCell(stats, "byAgeGroup", "AGE_45_TO_64", 10L);
        assertCell(stats, "byAgeGroup", "AGE_30_TO_44", 7L);
        assertCell(stats, "byInterest", "LIVING", 15L);
        assertCell(stats, "byInterest", "WORKING_IN", 8L);
        assertCell(stats, "byInterest", "EXPERIENCING", null);

        // No cell anywhere shows a count from 1 to 4.
        for (String dimension : List.of("byType", "byDistrict", "byAgeGroup", "byInterest")) {
            for (Map<String, Object> cell : stats.<Map<String, Object>>getList(dimension)) {
                Object count = cell.get("count");
                assertTrue(count == null || ((Number) count).intValue() == 0 || ((Number) count).intValue() >= 5, dimension + " " + cell);
            }
        }
    }

    @Test
    void aTinyProgrammeShowsNoNumbersAtAll() {
        TestInfra.execute("delete from participant");
        enter(TestInfra.tokenForNewPerson("core-team"), 3, "CITIZEN", "GARSTEDT", "UNDER_18", List.of("LIVING"));
        JsonPath stats = given().auth().oauth2(TestInfra.tokenForNewPerson("admin"))
                .get("/api/participants/statistics").then().statusCode(200).extract().jsonPath();
        assertNull(stats.get("total.count"));
        assertCell(stats, "byAgeGroup", "UNDER_18", null);
    }

    private static void assertCell(JsonPath stats, String dimension, String key, Long expected) {
        Map<String, Object> cell = stats.<Map<String, Object>>getList(dimension).stream()
                .filter(c -> key.equals(c.get("key"))).findFirst().orElseThrow(() -> new AssertionError(dimension + " has no " + key));
        if (expected == null) {
            assertNull(cell.get("count"), dimension + "." + key + " must be suppressed");
            assertEquals(true, cell.get("suppressed"));
        } else {
            assertEquals(expected, ((Number) cell.get("count")).longValue(), dimension + "." + key);
        }
    }

    private static void enter(String token, int how, String type, String district, String ageGroup, List<String> interests) {
        for (int i = 0; i < how; i++) {
            Map<String, Object> body = Fixtures.registration("Statistik " + type + " " + i, Fixtures.uniqueEmail(), false);
            body.put("type", type);
            body.put("district", district);
            body.put("ageGroup", ageGroup);
            body.put("interests", interests);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(Fixtures.STAFF).then().statusCode(201);
        }
    }
}
