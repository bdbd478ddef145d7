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
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(GoTestResource.class)
class AmbassadorDirectoryTest {

    @Test
    void pagesThroughPublicAmbassadorsOfOneKindWithoutGapsOrRepeats() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String subject = "dir-" + marker + "-" + i;
            String token = TestInfra.token(subject);
            Map<String, Object> body = Fixtures.registration("Firma " + marker + " " + i, Fixtures.uniqueEmail(), true);
            body.put("type", "EXTERNAL_ADVISOR");
            body.put("organisationName", "Beratung " + marker);
            String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post(Fixtures.ME).then().statusCode(201).extract().path("id");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", Fixtures.currentCodeVersion()))
                    .post(Fixtures.ME + "/consents").then().statusCode(200);
            expected.add(id);
        }
        // Hidden ones and pending ones never show.
        Fixtures.activeAmbassador("hidden-" + marker, "Versteckt " + marker, false);

        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = given().queryParam("type", "EXTERNAL_ADVISOR").queryParam("limit", 3);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(Fixtures.AMBASSADORS).then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                assertFalse(item.containsKey("email"));
                assertFalse(item.containsKey("phone"));
                assertFalse(item.containsKey("district"));
                assertFalse(item.containsKey("ageGroup"));
                assertEquals("EXTERNAL_ADVISOR", item.get("type"));
                seen.add((String) item.get("id"));
            }
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 50);

        assertTrue(seen.containsAll(expected));
        assertEquals(seen.size(), seen.stream().distinct().count(), "no ambassador twice");
        List<String> names = seen.stream().map(id -> given().get(Fixtures.AMBASSADORS + "/" + id).then().extract().<String>path("displayName")).toList();
        assertEquals(names.stream().sorted().toList(), names, "ordered by name");
    }

    @Test
    void citizensNeverShowTheirOrganisation() {
        String id = Fixtures.activeAmbassador("citizen-" + UUID.randomUUID(), "Clara Bürgerin", true);
        JsonPath profile = given().get(Fixtures.AMBASSADORS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertNull(profile.get("organisationName"));
    }
}
