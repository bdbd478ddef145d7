package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@IdeasTest
class CommentAndErasureTest {

    @Test
    void repliesGoOneLevelDeepAndHiddenTextIsNeverPublic() {
        TestAmbassadors.Ambassador author = Fixtures.ambassador("Kai Kommentar", true);
        TestAmbassadors.Ambassador other = Fixtures.ambassador("Lea Leserin", true);
        String idea = Fixtures.submit(author, "Bürgerbüro online", "Termine und Anträge digital.", "WORKING_WITH");
        String comment = given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("body", "Gute Idee!"))
                .post(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(201).body("authorName", is("Lea Leserin"))
                .extract().path("id");
        String reply = given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("body", "Danke!", "parentId", comment))
                .post(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("body", "Zu tief", "parentId", reply))
                .post(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(400).body("violations[0].field", is("parentId"));

        given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("reason", "Beleidigend"))
                .post(Fixtures.IDEAS + "/" + idea + "/comments/" + comment + "/reports").then().statusCode(202);
        String moderator = Fixtures.staff("moderator");
        given().auth().oauth2(moderator).get(Fixtures.IDEAS + "/reported-comments?limit=100").then().statusCode(200)
                .body("items.find { it.id == '" + comment + "' }.reportCount", is(1));
        given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("hidden", true, "reason", "x"))
                .put(Fixtures.IDEAS + "/" + idea + "/comments/" + comment + "/visibility").then().statusCode(403);
        given().auth().oauth2(moderator).contentType(ContentType.JSON).body(Map.of("hidden", true))
                .put(Fixtures.IDEAS + "/" + idea + "/comments/" + comment + "/visibility").then().statusCode(400);
        given().auth().oauth2(moderator).contentType(ContentType.JSON).body(Map.of("hidden", true, "reason", "Verstößt gegen die Grundsätze"))
                .put(Fixtures.IDEAS + "/" + idea + "/comments/" + comment + "/visibility").then().statusCode(200);

        given().get(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(200)
                .body("items.find { it.id == '" + comment + "' }.body", nullValue())
                .body("items.find { it.id == '" + comment + "' }.hidden", is(true))
                .body("items.find { it.id == '" + reply + "' }.body", is("Danke!"));
        given().auth().oauth2(moderator).get(Fixtures.IDEAS + "/" + idea + "/comments").then()
                .body("items.find { it.id == '" + comment + "' }.body", is("Gute Idee!"))
                .body("items.find { it.id == '" + comment + "' }.hiddenReason", is("Verstößt gegen die Grundsätze"));

        given().auth().oauth2(moderator).contentType(ContentType.JSON).body(Map.of("hidden", false))
                .put(Fixtures.IDEAS + "/" + idea + "/comments/" + comment + "/visibility").then().statusCode(200);
        given().get(Fixtures.IDEAS + "/" + idea + "/comments").then().body("items.find { it.id == '" + comment + "' }.body", is("Gute Idee!"));
    }

    @Test
    void anErasedAuthorDisappearsFromIdeasAndCommentsWhileTheContentStays() {
        TestAmbassadors.Ambassador gone = Fixtures.ambassador("Gerda Gehtweg", true);
        TestAmbassadors.Ambassador stays = Fixtures.ambassador("Bleibt Hier", true);
        String idea = Fixtures.submit(gone, "Digitale Stadtführung", "Eine App für die Stadtgeschichte.", "EXPERIENCING");
        String other = Fixtures.submit(stays, "Stadtführung mit Audio", "Hörstationen in der Innenstadt.", "EXPERIENCING");
        given().auth().oauth2(gone.token()).contentType(ContentType.JSON).body(Map.of("body", "Das passt gut zusammen."))
                .post(Fixtures.IDEAS + "/" + other + "/comments").then().statusCode(201);
        given().auth().oauth2(gone.token()).put(Fixtures.IDEAS + "/" + other + "/support").then().statusCode(200);
        given().auth().oauth2(stays.token()).put(Fixtures.IDEAS + "/" + other + "/support").then().statusCode(200);
        String reply = given().auth().oauth2(stays.token()).contentType(ContentType.JSON).body(Map.of("body", "Kauft Dosenbier bei uns!"))
                .post(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(gone.token()).contentType(ContentType.JSON).body(Map.of("reason", "Werbung"))
                .post(Fixtures.IDEAS + "/" + idea + "/comments/" + reply + "/reports").then().statusCode(202);
        given().get(Fixtures.IDEAS + "/" + idea).then().body("authorName", is("Gerda Gehtweg"));

        // The person erases their account at participants; ideas hears of it only through Kafka.
        given().baseUri(TestInfra.serviceUrl("participants")).auth().oauth2(gone.token())
                .delete("/api/participants/me").then().statusCode(204);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                TestInfra.count("select count(*) from idea where author_id = ?::uuid", gone.id()) == 0
                        && TestInfra.count("select count(*) from comment where author_id = ?::uuid", gone.id()) == 0);
        given().get(Fixtures.IDEAS + "/" + idea).then().statusCode(200)
                .body("authorName", nullValue()).body("title", is("Digitale Stadtführung"));
        given().get(Fixtures.IDEAS + "/" + other + "/comments").then()
                .body("items[0].authorName", nullValue()).body("items[0].body", is("Das passt gut zusammen."));
        given().get(Fixtures.IDEAS + "/" + other).then().body("supportCount", is(2));
        // Supports and reports still count once each, under a stand-in that leads nowhere.
        assertEquals(2, TestInfra.count("select count(*) from support where idea_id = ?::uuid", other));
        assertEquals(1, TestInfra.count("select count(*) from comment_report where comment_id = ?::uuid", reply));
        assertEquals(Map.of(), TestInfra.rowsMentioning(gone.id(), gone.subject()), "rows that lead back to the erased person");
        assertEquals(0, TestInfra.count("select count(*) from participant_ref where participant_id = ?::uuid and (display_name is not null or subject is not null)", gone.id()));
        // The old token finds no participant any more: no more ideas in their name.
        given().auth().oauth2(gone.token()).contentType(ContentType.JSON)
                .body(Fixtures.idea("Noch eine", "Text", "LIVING")).post(Fixtures.IDEAS).then().statusCode(403);
    }

    @Test
    void theCommentsOfAWithdrawnIdeaAreAsHiddenAsTheIdea() {
        TestAmbassadors.Ambassador author = Fixtures.ambassador("Wilma Widerruf", false);
        TestAmbassadors.Ambassador other = Fixtures.ambassador("Kai Kommentar", true);
        String idea = Fixtures.submit(author, "Parkbänke mit Solarladestation", "Laden am Stadtpark.", "LIVING");
        given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("body", "Und WLAN dazu?"))
                .post(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(201);
        given().get(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(200).body("items[0].body", is("Und WLAN dazu?"));
        given().auth().oauth2(author.token()).post(Fixtures.IDEAS + "/" + idea + "/withdrawal").then().statusCode(200);

        given().get(Fixtures.IDEAS + "/" + idea).then().statusCode(404);
        given().get(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other.token()).get(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(404);
        given().auth().oauth2(author.token()).get(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(200)
                .body("items[0].body", is("Und WLAN dazu?"));
        given().auth().oauth2(Fixtures.staff("core-team")).get(Fixtures.IDEAS + "/" + idea + "/comments").then().statusCode(200);
    }
}
