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
import static org.hamcrest.Matchers.is;
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
            expected.add(Fixtures.activeAmbassador("dir-" + marker + "-" + i, advisor("Firma " + marker + " " + i, marker, true)));
        }
        // Of the same kind, so that only their visibility can keep them out: an active ambassador
        // who does not want to be shown, and one who wants to be but has not accepted the code yet.
        String hidden = Fixtures.activeAmbassador("dir-hidden-" + marker, advisor("Firma " + marker + " versteckt", marker, false));
        String pending = given().auth().oauth2(TestInfra.token("dir-pending-" + marker)).contentType(ContentType.JSON)
                .body(advisor("Firma " + marker + " wartend", marker, true))
                .post(Fixtures.ME).then().statusCode(201).body("status", is("PENDING")).extract().path("id");

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

        assertNull(after, "the last page was reached, so everyone listed was seen");
        assertTrue(seen.containsAll(expected));
        assertFalse(seen.contains(hidden), "an ambassador who chose not to be shown is listed");
        assertFalse(seen.contains(pending), "a pending person is listed");
        given().get(Fixtures.AMBASSADORS + "/" + hidden).then().statusCode(404);
        given().get(Fixtures.AMBASSADORS + "/" + pending).then().statusCode(404);
        assertEquals(seen.size(), seen.stream().distinct().count(), "no ambassador twice");
        List<String> names = seen.stream().map(id -> given().get(Fixtures.AMBASSADORS + "/" + id).then().extract().<String>path("displayName")).toList();
        assertEquals(names.stream().sorted().toList(), names, "ordered by name");
    }

    @Test
    void citizensNeverShowTheirOrganisation() {
        String subject = "citizen-" + UUID.randomUUID();
        Map<String, Object> citizen = Fixtures.registration("Clara Bürgerin", Fixtures.uniqueEmail(), true);
        citizen.put("organisationName", "Bäckerei Clara GmbH");
        String id = Fixtures.activeAmbassador(subject, citizen);
        // The organisation is held (the person sees it), only the public profile leaves it out.
        given().auth().oauth2(TestInfra.token(subject)).get(Fixtures.ME).then().statusCode(200)
                .body("type", is("CITIZEN")).body("organisationName", is("Bäckerei Clara GmbH"));

        JsonPath profile = given().get(Fixtures.AMBASSADORS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("Clara Bürgerin", profile.getString("displayName"));
        assertNull(profile.get("organisationName"));
        Map<String, Object> listed = allListed("CITIZEN").stream()
                .filter(item -> id.equals(item.get("id"))).findFirst().orElseThrow();
        assertNull(listed.get("organisationName"));

        // Whoever is not a private citizen shows it.
        String advisor = Fixtures.activeAmbassador("advisor-" + UUID.randomUUID(), advisor("Carl Berater", "Carl", true));
        given().get(Fixtures.AMBASSADORS + "/" + advisor).then().statusCode(200).body("organisationName", is("Beratung Carl"));
    }

    /** Every item of the public directory of one type, page after page. */
    private static List<Map<String, Object>> allListed(String type) {
        List<Map<String, Object>> items = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParam("type", type).queryParam("limit", 100);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(Fixtures.AMBASSADORS).then().statusCode(200).extract().jsonPath();
            items.addAll(page.<Map<String, Object>>getList("items"));
            after = page.getString("next");
        } while (after != null);
        return items;
    }

    /** A registration of an external advisor with an organisation. */
    private static Map<String, Object> advisor(String displayName, String marker, boolean displayNamePublic) {
        Map<String, Object> body = Fixtures.registration(displayName, Fixtures.uniqueEmail(), displayNamePublic);
        body.put("type", "EXTERNAL_ADVISOR");
        body.put("organisationName", "Beratung " + marker);
        return body;
    }
}
