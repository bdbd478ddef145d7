package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.testing.TestAmbassadors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@IdeasTest
class GermanSearchTest {

    private static final String TAG = "suche-" + UUID.randomUUID().toString().substring(0, 8);
    private static String radwegTitle;
    private static String radwegText;
    private static String gruen;

    @BeforeEach
    void ideas() {
        if (radwegTitle != null) {
            return;
        }
        TestAmbassadors.Ambassador who = Fixtures.ambassador("Sina Sucherin", true);
        radwegTitle = submit(who, "Radweg an der Ulzburger Straße", "Eine sichere Verbindung für Pendler.", "LIVING");
        radwegText = submit(who, "Schulwege sicherer machen", "Auch ein Radweg entlang der Schulen hilft.", "LIVING");
        gruen = submit(who, "Mehr Grünflächen in Garstedt", "Bäume und Wiesen statt Parkplätze.", "EXPERIENCING");
    }

    private static String submit(TestAmbassadors.Ambassador who, String title, String text, String field) {
        var body = Fixtures.idea(title, text, field);
        body.put("tags", List.of(TAG));
        return given().auth().oauth2(who.token()).contentType("application/json").body(body)
                .post(Fixtures.IDEAS).then().statusCode(201).extract().path("id");
    }

    private static List<String> search(String q) {
        JsonPath page = given().queryParam("q", q).queryParam("tag", TAG).get(Fixtures.IDEAS).then().statusCode(200).extract().jsonPath();
        return page.getList("items.id");
    }

    @Test
    void aPluralFindsTheSingularAndTitleMatchesRankFirst() {
        List<String> found = search("Radwege");
        assertEquals(List.of(radwegTitle, radwegText), found);
    }

    @Test
    void umlautsAndTheirPlainSpellingFindTheSameIdea() {
        assertEquals(List.of(gruen), search("Grünfläche"));
        assertEquals(List.of(gruen), search("Grunflachen"));
        assertEquals(List.of(gruen), search("Bäume"));
    }

    @Test
    void stopWordsAndUnknownWordsFindNothingButDoNotFail() {
        assertTrue(search("und die der").isEmpty());
        assertTrue(search("Raumfahrtbahnhof").isEmpty());
        assertFalse(search("\"sichere Verbindung\"").isEmpty());
        given().queryParam("q", "Radweg").queryParam("sort", "SUPPORTS").get(Fixtures.IDEAS).then().statusCode(200);
    }

    @Test
    void similarIdeasAreSuggestedWhileTyping() {
        JsonPath similar = given().queryParam("text", "Radwege an der Ulzburger Strasse").get(Fixtures.IDEAS + "/similar")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(radwegTitle, similar.getString("[0].id"));
    }

    @Test
    void theWallGroupsByActionFieldWithCounts() {
        JsonPath wall = given().get(Fixtures.IDEAS + "/wall?perField=5").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("LIVING", "EXPERIENCING", "WORKING_IN", "WORKING_WITH"), wall.getList("fields.actionField"));
        assertEquals("In Norderstedt leben", wall.getString("fields[0].label"));
        assertTrue(wall.getInt("fields[0].count") >= 2);
        assertTrue(wall.getList("fields[1].ideas.id").size() <= 5);
        long sum = wall.getList("fields.count", Long.class).stream().mapToLong(Long::longValue).sum();
        assertEquals(wall.getLong("total"), sum);
    }
}
