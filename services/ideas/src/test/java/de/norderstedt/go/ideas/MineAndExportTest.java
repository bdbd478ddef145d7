package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.infra.ServiceProcess;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What is a person's own: their ideas in every status, the ideas they support, their comments
 * (GET /api/ideas/mine, /supports/mine, /comments/mine), and the ideas section of their export
 * that participants asks for (GET /api/ideas/internal/people/{participantId}/data, role service).
 */
@QuarkusTest
@IdeasTest
class MineAndExportTest {

    private static final String I = Fixtures.IDEAS;
    private static final String PROBLEM = "application/problem+json";

    @Test
    void theOwnListsHoldWhatIsTheCallersInEveryStatusAndNothingOfOthers() {
        TestAmbassadors.Ambassador author = Fixtures.ambassador("Mia Meinig", false);
        TestAmbassadors.Ambassador other = Fixtures.ambassador("Otto Anders", true);
        String letters = TestInfra.uniqueLetters();
        String kept = Fixtures.submit(author, "Trinkbrunnen am Marktplatz " + letters, "Frisches Wasser im Sommer.", "LIVING");
        String withdrawn = Fixtures.submit(author, "Leihräder am Bahnhof " + letters, "Räder für die letzte Meile.", "LIVING");
        given().auth().oauth2(author.token()).post(I + "/" + withdrawn + "/withdrawal").then().statusCode(200);
        String othersTitle = "Bücherschrank im Park " + letters;
        String othersIdea = Fixtures.submit(other, othersTitle, "Bücher tauschen statt wegwerfen.", "EXPERIENCING");
        String laterWithdrawn = Fixtures.submit(other, "Sonnensegel am Spielplatz " + letters, "Schatten für die Kinder.", "LIVING");

        // Their own ideas, the withdrawn one too (the public no longer sees it), newest first; nothing of the other.
        given().auth().oauth2(author.token()).get(I + "/mine").then().statusCode(200)
                .body("items.id", contains(withdrawn, kept))
                .body("items.status", contains("WITHDRAWN", "SUBMITTED"))
                .body("next", nullValue());
        given().get(I + "/" + withdrawn).then().statusCode(404);
        given().auth().oauth2(other.token()).get(I + "/mine").then().statusCode(200)
                .body("items.id", contains(laterWithdrawn, othersIdea));

        // A page at a time.
        String next = given().auth().oauth2(author.token()).queryParam("limit", 1).get(I + "/mine").then().statusCode(200)
                .body("items.id", contains(withdrawn)).body("next", notNullValue())
                .extract().path("next");
        given().auth().oauth2(author.token()).queryParam("limit", 1).queryParam("after", next).get(I + "/mine").then().statusCode(200)
                .body("items.id", contains(kept)).body("next", nullValue());

        // Supports: an idea its author withdrew since is still listed, without its title.
        given().auth().oauth2(author.token()).put(I + "/" + othersIdea + "/support").then().statusCode(200);
        given().auth().oauth2(author.token()).put(I + "/" + laterWithdrawn + "/support").then().statusCode(200);
        given().auth().oauth2(other.token()).post(I + "/" + laterWithdrawn + "/withdrawal").then().statusCode(200);
        given().auth().oauth2(author.token()).get(I + "/supports/mine").then().statusCode(200)
                .body("items.ideaId", contains(laterWithdrawn, othersIdea))
                .body("items[0].status", is("WITHDRAWN")).body("items[0].title", nullValue())
                .body("items[1].title", is(othersTitle)).body("items[1].supportCount", is(1))
                .body("items[1].supportedAt", notNullValue());
        given().auth().oauth2(other.token()).get(I + "/supports/mine").then().statusCode(200).body("items", empty());

        // Comments: their own, with the idea it is on; the text of one a moderator hid, with the reason.
        String mine = given().auth().oauth2(author.token()).contentType(ContentType.JSON).body(Map.of("body", "Da bringe ich Bücher vorbei."))
                .post(I + "/" + othersIdea + "/comments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("body", "Schöne Idee!"))
                .post(I + "/" + kept + "/comments").then().statusCode(201);
        given().auth().oauth2(Fixtures.staff(Roles.MODERATOR)).contentType(ContentType.JSON)
                .body(Map.of("hidden", true, "reason", "Bitte beim Thema bleiben"))
                .put(I + "/" + othersIdea + "/comments/" + mine + "/visibility").then().statusCode(200);
        given().get(I + "/" + othersIdea + "/comments").then().statusCode(200)
                .body("items.find { it.id == '" + mine + "' }.body", nullValue());
        given().auth().oauth2(author.token()).get(I + "/comments/mine").then().statusCode(200)
                .body("items.id", contains(mine))
                .body("items[0].ideaId", is(othersIdea)).body("items[0].ideaTitle", is(othersTitle))
                .body("items[0].body", is("Da bringe ich Bücher vorbei."))
                .body("items[0].hidden", is(true)).body("items[0].hiddenReason", is("Bitte beim Thema bleiben"));
        given().auth().oauth2(other.token()).get(I + "/comments/mine").then().statusCode(200)
                .body("items.body", contains("Schöne Idee!"));
    }

    @Test
    void theOwnListsAreForRegisteredPeopleAndTakeOnlyTheirOwnCursors() {
        for (String path : new String[]{"/mine", "/supports/mine", "/comments/mine"}) {
            given().get(I + path).then().statusCode(401).contentType(PROBLEM);
            // Signed in, but not registered at participants: nobody whose things these could be.
            given().auth().oauth2(Fixtures.staff(Roles.CORE_TEAM)).get(I + path).then().statusCode(403).contentType(PROBLEM);
        }
        String token = Fixtures.ambassador("Cora Cursor", false).token();
        String notOurs = Base64.getUrlEncoder().withoutPadding().encodeToString("kein Cursor".getBytes(StandardCharsets.UTF_8));
        for (String path : new String[]{"/mine", "/supports/mine", "/comments/mine"}) {
            given().auth().oauth2(token).queryParam("after", notOurs).get(I + path).then().statusCode(400)
                    .contentType(PROBLEM).body("violations[0].field", is("after"));
            given().auth().oauth2(token).queryParam("limit", 0).get(I + path).then().statusCode(400).contentType(PROBLEM);
        }
    }

    @Test
    void theExportHoldsThePersonsIdeasCommentsSupportsReportsAndAssessmentsAndNothingOfOthers() {
        TestAmbassadors.Ambassador person = Fixtures.ambassador("Erika Export", true);
        TestAmbassadors.Ambassador other = Fixtures.ambassador("Nora Nachbarin", true);
        String letters = TestInfra.uniqueLetters();
        String own = Fixtures.submit(person, "Wildblumenwiese am Stadtpark " + letters, "Insekten brauchen Blüten.", "LIVING");
        String othersIdea = Fixtures.submit(other, "Reparaturcafé im Rathaus " + letters, "Reparieren statt wegwerfen.", "WORKING_WITH");
        String comment = given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("body", "Ich bringe Werkzeug mit."))
                .post(I + "/" + othersIdea + "/comments").then().statusCode(201).extract().path("id");
        String othersComment = given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(Map.of("body", "Ich koche Kaffee."))
                .post(I + "/" + othersIdea + "/comments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(person.token()).put(I + "/" + othersIdea + "/support").then().statusCode(200);
        given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("reason", "Gehört nicht zum Thema"))
                .post(I + "/" + othersIdea + "/comments/" + othersComment + "/reports").then().statusCode(202);

        // The person is on the core team too: with that role they assess the other's idea in review.
        given().auth().oauth2(Fixtures.staff(Roles.CORE_TEAM)).contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW"))
                .post(I + "/" + othersIdea + "/status").then().statusCode(200);
        Map<String, Integer> scores = scoresOfEveryCriterion(4);
        given().auth().oauth2(TestInfra.token(person.subject(), Roles.CORE_TEAM)).contentType(ContentType.JSON)
                .body(Map.of("scores", scores, "withinInfluence", true, "recommendedHorizon", "QUICK_WIN",
                        "note", "Mit Ehrenamtlichen gut machbar"))
                .put(I + "/" + othersIdea + "/assessments/mine").then().statusCode(200);

        String export = given().auth().oauth2(serviceToken()).get(I + "/internal/people/" + person.id() + "/data").then()
                .statusCode(200).contentType(ContentType.JSON)
                .body("ideas.id", contains(own))
                .body("ideas[0].title", is("Wildblumenwiese am Stadtpark " + letters))
                .body("comments.id", contains(comment))
                .body("comments[0].body", is("Ich bringe Werkzeug mit.")).body("comments[0].ideaId", is(othersIdea))
                .body("supports.ideaId", contains(othersIdea))
                .body("reports.commentId", contains(othersComment))
                .body("reports[0].reason", is("Gehört nicht zum Thema"))
                .body("assessments.ideaId", contains(othersIdea))
                .body("assessments[0].scores", is(scores))
                .body("assessments[0].withinInfluence", is(true))
                .body("assessments[0].recommendedHorizon", is("QUICK_WIN"))
                .body("assessments[0].note", is("Mit Ehrenamtlichen gut machbar"))
                .extract().asString();
        assertFalse(export.contains(person.subject()), "the export names no account");
        assertFalse(export.contains("Ich koche Kaffee."), "the export holds no other person's comment");

        // The other person's export holds only theirs.
        given().auth().oauth2(serviceToken()).get(I + "/internal/people/" + other.id() + "/data").then().statusCode(200)
                .body("ideas.id", contains(othersIdea))
                .body("comments.id", contains(othersComment))
                .body("supports", empty()).body("reports", empty()).body("assessments", empty());

        // Someone ideas never heard of: nothing, not an error (participants offers the export all the same).
        given().auth().oauth2(serviceToken()).get(I + "/internal/people/" + UUID.randomUUID() + "/data").then().statusCode(200)
                .body("ideas", empty()).body("comments", empty()).body("supports", empty())
                .body("reports", empty()).body("assessments", empty());
    }

    @Test
    void onlyAServiceAsksForAPersonsData() {
        TestAmbassadors.Ambassador person = Fixtures.ambassador("Peter Privat", false);
        String path = I + "/internal/people/" + person.id() + "/data";
        given().get(path).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(person.token()).get(path).then().statusCode(403).contentType(PROBLEM);
        for (String role : Roles.GRANTABLE) {
            given().auth().oauth2(Fixtures.staff(role)).get(path).then().statusCode(403).contentType(PROBLEM);
        }
        // A path that names no participant id names no resource.
        given().auth().oauth2(serviceToken()).get(I + "/internal/people/not-an-id/data").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(serviceToken()).get(path).then().statusCode(200);
    }

    /** The token participants calls its neighbours with (role service), as the tests' local key signs it. */
    private static String serviceToken() {
        return ServiceProcess.serviceToken(TestInfra.keys(), "service-participants");
    }

    /** {@code score} for every criterion of the check as it is now. */
    private static Map<String, Integer> scoresOfEveryCriterion(int score) {
        List<String> keys = given().queryParam("limit", 100).get(I + "/assessment-criteria").then().statusCode(200)
                .extract().jsonPath().getList("items.key", String.class);
        Map<String, Integer> scores = new LinkedHashMap<>();
        keys.forEach(k -> scores.put(k, score));
        return scores;
    }
}
