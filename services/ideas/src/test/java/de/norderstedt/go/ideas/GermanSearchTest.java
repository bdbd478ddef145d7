package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@IdeasTest
class GermanSearchTest {

    private static final String OPEN = "('SUBMITTED', 'IN_REVIEW', 'ASSESSED', 'CLASSIFIED')";
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

    /** The ids found for {@code q} among this test's ideas, in the order of the answer. */
    private static List<String> search(String q) {
        return search(q, null);
    }

    private static List<String> search(String q, String sort) {
        var request = given().queryParam("q", q).queryParam("tag", TAG);
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        JsonPath page = request.get(Fixtures.IDEAS).then().statusCode(200).extract().jsonPath();
        return page.getList("items.id");
    }

    @Test
    void aPluralFindsTheSingularAndTitleMatchesRankFirst() {
        // "Radwege" stems to the "Radweg" of one title and of the other's description; the green idea has neither.
        List<String> found = search("Radwege");
        assertEquals(List.of(radwegTitle, radwegText), found);
        assertFalse(found.contains(gruen), "an unrelated idea is not found");
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
        // A phrase: only the description with "sichere Verbindung" in a row, not "sicherer machen".
        assertEquals(List.of(radwegTitle), search("\"sichere Verbindung\""));
        // Another order keeps what the search finds.
        List<String> bySupports = search("Radweg", "SUPPORTS");
        assertEquals(2, bySupports.size(), bySupports.toString());
        assertTrue(bySupports.containsAll(List.of(radwegTitle, radwegText)), bySupports.toString());
    }

    @Test
    void similarIdeasAreSuggestedWhileTyping() {
        JsonPath similar = given().queryParam("text", "Radwege an der Ulzburger Strasse").get(Fixtures.IDEAS + "/similar")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(radwegTitle, similar.getString("items[0].id"));
        assertFalse(similar.getList("items.id").contains(gruen), "an unrelated idea is not suggested");
    }

    @Test
    void theWallGroupsByActionFieldWithCounts() {
        JsonPath wall = given().get(Fixtures.IDEAS + "/wall?perField=5").then().statusCode(200).extract().jsonPath();
        List<String> fields = List.of("LIVING", "EXPERIENCING", "WORKING_IN", "WORKING_WITH");
        assertEquals(fields, wall.getList("fields.actionField"));
        assertEquals("In Norderstedt leben", wall.getString("fields[0].label"));
        // This test's ideas are the newest of their fields: nothing else writes ideas while it runs.
        assertEquals(List.of(radwegText, radwegTitle), wall.getList("fields[0].ideas.id").subList(0, 2));
        assertEquals(gruen, wall.getString("fields[1].ideas[0].id"));
        long total = 0;
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            long open = TestInfra.count("select count(*) from idea where action_field = ? and status in " + OPEN, field);
            assertEquals(open, wall.getLong("fields[" + i + "].count"), field);
            Map<String, Number> byStatus = wall.getMap("fields[" + i + "].byStatus");
            assertEquals(open, byStatus.values().stream().mapToLong(Number::longValue).sum(), field + " by status");
            List<String> newest = TestInfra.query("select id from idea where action_field = ? and status in " + OPEN
                    + " order by created_at desc, id desc limit 5", field).stream().map(r -> r.get("id").toString()).toList();
            assertEquals(newest, wall.getList("fields[" + i + "].ideas.id"), field + ": its newest five, newest first");
            total += open;
        }
        assertEquals(total, wall.getLong("total"));
    }
}
