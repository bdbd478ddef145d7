package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Input PostgreSQL cannot take is a 400 naming the field: NUL in a search or tag, in an idea's
 * title, forged cursors of every sort order, and import files with broken headers or cells.
 */
@QuarkusTest
@IdeasTest
class HostileInputTest {

    @Test
    void aNulInTheSearchOrATagIsA400NotADatabaseError() {
        for (String parameter : new String[]{"q", "tag"}) {
            given().urlEncodingEnabled(false).get(Fixtures.IDEAS + "?" + parameter + "=%00").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", is(parameter));
        }
        given().urlEncodingEnabled(false).get(Fixtures.IDEAS + "/%00abc").then().statusCode(400)
                .body("violations[0].field", is("path"));
    }

    @Test
    void aNulInATitleIsA400AndNoIdeaIsStored() {
        TestAmbassadors.Ambassador who = Fixtures.ambassador("Nina Nullbyte", true);
        String title = "Glasfaser\u0000für alle " + UUID.randomUUID();
        given().auth().oauth2(who.token()).contentType(ContentType.JSON).body(Fixtures.idea(title, "Beschreibung", "LIVING"))
                .post(Fixtures.IDEAS).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("title")).body("violations[0].message", containsString("NUL"));
        assertEquals(0, TestInfra.count("select count(*) from idea where title like ?", "Glasfaser%" + title.substring(title.length() - 36)));
    }

    @Test
    void aForgedCursorIsA400InEverySortOrder() {
        String id = UUID.randomUUID().toString();
        Map<String, String> forged = Map.of(
                "SCORE", "1e999999999\u001f" + id,
                "NEWEST", "+300000-01-01T00:00:00Z\u001f" + id,
                "SUPPORTS", "99999999999999999999\u001f" + id);
        forged.forEach((sort, raw) -> given().queryParam("sort", sort).queryParam("after", cursor(raw))
                .get(Fixtures.IDEAS).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("after")));
        given().queryParam("sort", "RELEVANCE").queryParam("q", "Glasfaser").queryParam("after", cursor("NaN\u001f" + id))
                .get(Fixtures.IDEAS).then().statusCode(400).body("violations[0].field", is("after"));
    }

    @Test
    void anImportWithAnEmptyOrRepeatedHeaderOrANulInACellIsA400AndImportsNothing() {
        String core = Fixtures.staff("core-team");
        String workshop = UUID.randomUUID().toString();
        for (String csv : new String[]{
                "title,,action_field\nKarte,Text,LIVING\n",
                "title,text,title,action_field\nKarte,Text,Karte,LIVING\n"}) {
            given().auth().oauth2(core).contentType("text/csv; charset=UTF-8").body(csv)
                    .post(Fixtures.IDEAS + "/imports?workshopId=" + workshop).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", is("header"));
        }
        given().auth().oauth2(core).contentType("text/csv; charset=UTF-8")
                .body("title,text,action_field\nKarte eins,Text,LIVING\nKarte\u0000zwei,Text,LIVING\n")
                .post(Fixtures.IDEAS + "/imports?workshopId=" + workshop).then().statusCode(400)
                .body("violations[0].field", is("rows[2].title"));
        given().auth().oauth2(core).contentType(ContentType.JSON)
                .body("[{\"title\":\"Karte\",\"text\":\"Klingel \\u0007\",\"actionField\":\"LIVING\"}]")
                .post(Fixtures.IDEAS + "/imports?workshopId=" + workshop).then().statusCode(400)
                .body("violations[0].field", is("rows[1].text"));
        assertEquals(0, TestInfra.count("select count(*) from idea where workshop_id = ?::uuid", workshop));
    }

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
