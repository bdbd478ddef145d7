package de.norderstedt.go.ideas;

import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.platform.testing.AccessMatrix;
import de.norderstedt.go.platform.testing.AccessMatrix.Call;
import de.norderstedt.go.platform.testing.AccessMatrix.Caller;
import de.norderstedt.go.platform.testing.AccessMatrix.Row;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.ADMIN;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.AMBASSADORS;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.CORE_TEAM;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.EVERYONE;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.MODERATOR;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.OTHER_AMBASSADOR;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.OWNER;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.PROGRAMME_LEAD;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.PROGRAMME_TEAM;
import static de.norderstedt.go.platform.testing.AccessMatrix.row;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/*
 * Every operation of the ideas service's OpenAPI document (one row each below), who may call it,
 * and with what status. team = core-team and programme-lead; moderation = moderator, core-team and
 * programme-lead; everyone includes anonymous. Callers not named get 401 (anonymous) or 403
 * (signed in) unless the row says otherwise.
 *
 * IdeaListResource (/api/ideas)
 *   GET    /api/ideas                                               everyone 200
 *   GET    /api/ideas/wall                                          everyone 200
 *   GET    /api/ideas/similar                                       everyone 200
 *   GET    /api/ideas/duplicate-candidates                          moderation 200
 *
 * IdeaResource (/api/ideas)
 *   GET    /api/ideas/{id}                            (withdrawn)   owner, moderation 200; others 404
 *   POST   /api/ideas                                               ambassadors 201, team 201
 *   PUT    /api/ideas/{id}                                          owner 200
 *   POST   /api/ideas/{id}/withdrawal                               owner 200
 *   POST   /api/ideas/{id}/status                                   team 200
 *   GET    /api/ideas/{id}/history                    (withdrawn)   owner, moderation 200; others 404
 *   POST   /api/ideas/{id}/merge                                    team 200
 *
 * SupportResource (/api/ideas)
 *   PUT    /api/ideas/{id}/support                                  ambassadors 200
 *   DELETE /api/ideas/{id}/support                                  ambassadors 200
 *
 * AssessmentResource (/api/ideas)
 *   GET    /api/ideas/assessment-criteria                           everyone 200
 *   PUT    /api/ideas/assessment-criteria                           programme-lead 200
 *   PUT    /api/ideas/{id}/assessments/mine           (in review)   team 200
 *   GET    /api/ideas/{id}/assessment                               team 200
 *   GET    /api/ideas/ranking                                       everyone 200
 *
 * CommentResource (/api/ideas)
 *   GET    /api/ideas/{id}/comments                                 everyone 200
 *   POST   /api/ideas/{id}/comments                                 ambassadors 201
 *   POST   /api/ideas/{id}/comments/{commentId}/reports             ambassadors 202
 *   PUT    /api/ideas/{id}/comments/{commentId}/visibility          moderation 200
 *   GET    /api/ideas/reported-comments                             moderation 200
 *
 * MineResource (/api/ideas; any registered participant, active or not: the staff callers here are not registered, so 403)
 *   GET    /api/ideas/mine                                          ambassadors 200
 *   GET    /api/ideas/supports/mine                                 ambassadors 200
 *   GET    /api/ideas/comments/mine                                 ambassadors 200
 *
 * PersonDataResource (/api/ideas/internal/people, role service only: no caller of the table)
 *   GET    /api/ideas/internal/people/{participantId}/data
 *
 * ImportResource (/api/ideas/imports)
 *   POST   /api/ideas/imports         (text/csv; application/json)  team 201
 *          Two JAX-RS methods (importCsv, importJson) on the same path and method are one operation
 *          of the document, so one row (the CSV upload); the JSON upload is checked in
 *          theJsonImportIsForTheProgrammeTeamOnlyToo.
 *
 * DeadLetterResource (platform-core, /api/ideas/internal/dead-letters, role admin)
 *   GET    /api/ideas/internal/dead-letters                         admin 200
 *   POST   /api/ideas/internal/dead-letters/redrive                 admin 200
 */

/**
 * Who may call what in the ideas service: one {@link AccessMatrix} row per operation of its OpenAPI
 * document, every row called for real as every {@link Caller} (two active ambassadors registered at
 * the real participants service, the staff roles by token, and nobody), each status compared with
 * the table.
 *
 * <p>{@code OWNER} is the ambassador who submitted the idea (and wrote the comment) a row acts on;
 * {@code OTHER_AMBASSADOR} is any other active ambassador. Reads of a single idea and of its history
 * are made on a WITHDRAWN idea of the owner: its author and the staff (core team, programme lead,
 * moderator) see it, everyone else gets the 404 that hides it. Every call that changes something
 * acts on a thing of its own, made anew for every caller: a new idea of the owner (moved to
 * IN_REVIEW where the operation needs it), a new comment of the owner, a new workshop id for an
 * import. The criteria replacement sends the current criteria back unchanged, so the other tests
 * keep their five criteria.
 *
 * <p>The POST /api/ideas row is an ordinary online idea for the ambassadors; the programme team
 * enters cards without an author, and a card without an origin counts as a WORKSHOP card that
 * needs a workshopId, so for them the row sends a CAMPAIGN card. Who may enter WORKSHOP cards is
 * {@link #onlyStaffCreateWorkshopCards()}.
 */
@QuarkusTest
@IdeasTest
class AccessMatrixTest {

    private static final String I = Fixtures.IDEAS;
    private static final String PROBLEM = "application/problem+json";

    /** Who moderates comments; {@code CurrentUser.isStaff()}, who sees withdrawn ideas, is the same three roles. */
    private static final Set<Caller> MODERATION = Set.of(MODERATOR, CORE_TEAM, PROGRAMME_LEAD);

    /** One valid workshop card as CSV (a new workshop id each call, so it is always created: 201). */
    private static final String CARD_CSV = """
            title,text,action_field,group,tags
            Mehr Bänke im Stadtpark,Sitzgelegenheiten alle 200 Meter,LIVING,Gruppe 1,park;treffpunkt
            """;

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        TestAmbassadors.Ambassador owner = TestAmbassadors.active("Olaf Ideengeber", true);
        TestAmbassadors.Ambassador other = TestAmbassadors.active("Greta Gegenüber", true);
        Map<Caller, String> tokens = AccessMatrix.tokens(owner.token(), other.token());

        AccessMatrix.verify(rows(tokens), tokens);
    }

    /** The table: one row per operation, grouped by resource. */
    static List<Row> rows(Map<Caller, String> tokens) {
        String owner = tokens.get(OWNER);
        String core = tokens.get(CORE_TEAM);

        // Shared, only read: a published idea with a comment, a withdrawn idea, an idea in review.
        String published = idea(owner);
        comment(published, owner);
        String withdrawn = withdrawn(owner);
        String inReview = inReview(owner, core);

        return List.of(
                // ---- IdeaListResource, IdeaResource, SupportResource -------------------------------------------------
                row("GET", I).expect(200, EVERYONE)
                        .call(Call.of("GET", I)),
                row("GET", I + "/wall").expect(200, EVERYONE)
                        .call(Call.of("GET", I + "/wall")),
                row("GET", I + "/similar").expect(200, EVERYONE)
                        .call(Call.of("GET", I + "/similar?text=Radwege")),
                row("GET", I + "/duplicate-candidates").expect(200, MODERATION)
                        .call(Call.of("GET", I + "/duplicate-candidates")),
                // The staff (CurrentUser.isStaff()) see it: the programme team and the moderator.
                row("GET", I + "/{id}").expect(200, OWNER, MODERATOR, CORE_TEAM, PROGRAMME_LEAD).others(404)
                        .call(Call.of("GET", I + "/" + withdrawn)),
                row("POST", I).expect(201, AMBASSADORS).expect(201, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", I, PROGRAMME_TEAM.contains(c) ? campaignCard() : onlineIdea())),
                row("PUT", I + "/{id}").expect(200, OWNER)
                        .call(c -> Call.of("PUT", I + "/" + idea(owner), edited())),
                row("POST", I + "/{id}/withdrawal").expect(200, OWNER)
                        .call(c -> Call.of("POST", I + "/" + idea(owner) + "/withdrawal")),
                row("POST", I + "/{id}/status").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", I + "/" + idea(owner) + "/status",
                                Map.of("status", "IN_REVIEW", "reason", "Vollständig eingereicht"))),
                row("GET", I + "/{id}/history").expect(200, OWNER, MODERATOR, CORE_TEAM, PROGRAMME_LEAD).others(404)
                        .call(Call.of("GET", I + "/" + withdrawn + "/history")),
                row("POST", I + "/{id}/merge").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", I + "/" + idea(owner) + "/merge",
                                Map.of("into", idea(owner), "reason", "Doppelt eingereicht"))),
                row("PUT", I + "/{id}/support").expect(200, AMBASSADORS)
                        .call(c -> Call.of("PUT", I + "/" + idea(owner) + "/support")),
                row("DELETE", I + "/{id}/support").expect(200, AMBASSADORS)
                        .call(c -> Call.of("DELETE", I + "/" + supportedBy(c, tokens, idea(owner)) + "/support")),

                // ---- AssessmentResource ------------------------------------------------------------------------------
                row("GET", I + "/assessment-criteria").expect(200, EVERYONE)
                        .call(Call.of("GET", I + "/assessment-criteria")),
                row("PUT", I + "/assessment-criteria").expect(200, PROGRAMME_LEAD)
                        .call(c -> Call.of("PUT", I + "/assessment-criteria", currentCriteria())),
                row("PUT", I + "/{id}/assessments/mine").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", I + "/" + inReview(owner, core) + "/assessments/mine", assessment())),
                row("GET", I + "/{id}/assessment").expect(200, PROGRAMME_TEAM)
                        .call(Call.of("GET", I + "/" + inReview + "/assessment")),
                row("GET", I + "/ranking").expect(200, EVERYONE)
                        .call(Call.of("GET", I + "/ranking")),

                // ---- CommentResource ---------------------------------------------------------------------------------
                // On a published idea; the comments of a withdrawn or rejected idea are as hidden as the idea
                // (CommentAndErasureTest.theCommentsOfAWithdrawnIdeaAreAsHiddenAsTheIdea).
                row("GET", I + "/{id}/comments").expect(200, EVERYONE)
                        .call(Call.of("GET", I + "/" + published + "/comments")),
                row("POST", I + "/{id}/comments").expect(201, AMBASSADORS)
                        .call(c -> Call.of("POST", I + "/" + idea(owner) + "/comments",
                                Map.of("body", "Gute Idee, das würde ich sofort nutzen."))),
                row("POST", I + "/{id}/comments/{commentId}/reports").expect(202, AMBASSADORS)
                        .call(c -> onACommentOfTheOwner(owner, "POST", "/reports", Map.of("reason", "Unsachlich"))),
                row("PUT", I + "/{id}/comments/{commentId}/visibility").expect(200, MODERATION)
                        .call(c -> onACommentOfTheOwner(owner, "PUT", "/visibility", Map.of("hidden", true, "reason", "Beleidigend"))),
                row("GET", I + "/reported-comments").expect(200, MODERATION)
                        .call(Call.of("GET", I + "/reported-comments")),

                // ---- MineResource: the caller's own lists; PersonDataResource: role service only ----------------------
                // (MineAndExportTest shows what they hold, and the service token's 200.)
                row("GET", I + "/mine").expect(200, AMBASSADORS)
                        .call(Call.of("GET", I + "/mine")),
                row("GET", I + "/supports/mine").expect(200, AMBASSADORS)
                        .call(Call.of("GET", I + "/supports/mine")),
                row("GET", I + "/comments/mine").expect(200, AMBASSADORS)
                        .call(Call.of("GET", I + "/comments/mine")),
                row("GET", I + "/internal/people/{participantId}/data")
                        .call(Call.of("GET", I + "/internal/people/" + UUID.randomUUID() + "/data")),

                // ---- ImportResource (CSV; the JSON upload is the same operation) -------------------------------------
                row("POST", I + "/imports").expect(201, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", I + "/imports?workshopId=" + UUID.randomUUID())
                                .body("text/csv; charset=UTF-8", CARD_CSV)),

                // ---- DeadLetterResource (platform-core) --------------------------------------------------------------
                row("GET", I + "/internal/dead-letters").expect(200, ADMIN)
                        .call(Call.of("GET", I + "/internal/dead-letters")),
                row("POST", I + "/internal/dead-letters/redrive").expect(200, ADMIN)
                        .call(Call.of("POST", I + "/internal/dead-letters/redrive")));
    }

    /**
     * A workshop card (origin WORKSHOP, with a workshop id) is entered by the programme team only:
     * an ambassador gets 403 and nothing is stored; the core team and the programme lead get 201.
     */
    @Test
    void onlyStaffCreateWorkshopCards() {
        String ambassador = TestAmbassadors.active("Wiebke Werkstatt", false).token();
        String title = "Workshopkarte " + shortId();
        given().auth().oauth2(ambassador).contentType(ContentType.JSON).body(workshopCard(title))
                .post(I).then().statusCode(403).contentType(PROBLEM);
        assertEquals(0L, TestInfra.count("select count(*) from idea where title = ?", title));
        // A moderator who is also an ambassador is no programme team either.
        TestAmbassadors.Ambassador moderating = TestAmbassadors.active("Moritz Moderiert", false);
        given().auth().oauth2(TestInfra.token(moderating.subject(), Roles.MODERATOR)).contentType(ContentType.JSON).body(workshopCard(title))
                .post(I).then().statusCode(403).contentType(PROBLEM);
        assertEquals(0L, TestInfra.count("select count(*) from idea where title = ?", title));

        given().auth().oauth2(TestInfra.tokenForNewPerson(Roles.CORE_TEAM)).contentType(ContentType.JSON).body(workshopCard(title))
                .post(I).then().statusCode(201).body("origin", is("WORKSHOP")).body("authorName", nullValue());
        assertEquals(1L, TestInfra.count("select count(*) from idea where title = ?", title));

        String leadsTitle = "Workshopkarte " + shortId();
        given().auth().oauth2(TestInfra.tokenForNewPerson(Roles.PROGRAMME_LEAD)).contentType(ContentType.JSON).body(workshopCard(leadsTitle))
                .post(I).then().statusCode(201).body("origin", is("WORKSHOP"));
        assertEquals(1L, TestInfra.count("select count(*) from idea where title = ?", leadsTitle));
    }

    /** The JSON upload of POST /api/ideas/imports, which the matrix's CSV row does not call: the same callers. */
    @Test
    void theJsonImportIsForTheProgrammeTeamOnlyToo() {
        jsonImport(null).then().statusCode(401).contentType(PROBLEM);
        jsonImport(TestAmbassadors.active("Jana Jsonfeld", false).token()).then().statusCode(403).contentType(PROBLEM);
        jsonImport(TestInfra.tokenForNewPerson(Roles.MODERATOR)).then().statusCode(403);
        jsonImport(TestInfra.tokenForNewPerson(Roles.ADMIN)).then().statusCode(403);
        jsonImport(TestInfra.tokenForNewPerson(Roles.CORE_TEAM)).then().statusCode(201).body("created", is(1));
        jsonImport(TestInfra.tokenForNewPerson(Roles.PROGRAMME_LEAD)).then().statusCode(201).body("created", is(1));
    }

    // ---- what the rows act on ------------------------------------------------------------------------------------

    /** A new SUBMITTED idea of the ambassador behind {@code ambassadorToken}. */
    private static String idea(String ambassadorToken) {
        return given().auth().oauth2(ambassadorToken).contentType(ContentType.JSON).body(onlineIdea())
                .post(I).then().statusCode(201).extract().path("id");
    }

    /** A new idea of the ambassador, withdrawn by them: hidden from everyone but its author and the staff. */
    private static String withdrawn(String ambassadorToken) {
        String id = idea(ambassadorToken);
        given().auth().oauth2(ambassadorToken).post(I + "/" + id + "/withdrawal").then().statusCode(200);
        return id;
    }

    /** A new idea of the ambassador, moved to IN_REVIEW by the core team: it can be assessed. */
    private static String inReview(String ambassadorToken, String coreTeamToken) {
        String id = idea(ambassadorToken);
        given().auth().oauth2(coreTeamToken).contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW"))
                .post(I + "/" + id + "/status").then().statusCode(200);
        return id;
    }

    /** A new comment of the ambassador on {@code ideaId}. */
    private static String comment(String ideaId, String ambassadorToken) {
        return given().auth().oauth2(ambassadorToken).contentType(ContentType.JSON).body(Map.of("body", "Das fehlt in Norderstedt!"))
                .post(I + "/" + ideaId + "/comments").then().statusCode(201).extract().path("id");
    }

    /** {@code method} {@code .../comments/{commentId}<suffix>} on a new comment of the owner on a new idea of the owner. */
    private static Call onACommentOfTheOwner(String ownerToken, String method, String suffix, Map<String, Object> body) {
        String idea = idea(ownerToken);
        return Call.of(method, I + "/" + idea + "/comments/" + comment(idea, ownerToken) + suffix, body);
    }

    /** {@code ideaId}, supported first by the caller where the caller is an ambassador (so the DELETE withdraws a real support). */
    private static String supportedBy(Caller caller, Map<Caller, String> tokens, String ideaId) {
        if (AMBASSADORS.contains(caller)) {
            given().auth().oauth2(tokens.get(caller)).put(I + "/" + ideaId + "/support").then().statusCode(200);
        }
        return ideaId;
    }

    // ---- bodies --------------------------------------------------------------------------------------------------

    /** An ordinary online idea, as an ambassador submits it (no origin: ONLINE for an ambassador). */
    private static Map<String, Object> onlineIdea() {
        return Fixtures.idea("Solarbänke am Rathausmarkt " + shortId(), "Sitzbänke mit Ladestation für Handy und E-Bike.", "LIVING");
    }

    /** A card of a campaign, entered by the programme team without an author and without a workshop. */
    private static Map<String, Object> campaignCard() {
        Map<String, Object> body = onlineIdea();
        body.put("origin", "CAMPAIGN");
        return body;
    }

    private static Map<String, Object> edited() {
        return Fixtures.idea("Solarbänke am Rathausmarkt und im Stadtpark " + shortId(),
                "Sitzbänke mit Ladestation für Handy und E-Bike, auch im Stadtpark.", "LIVING");
    }

    private static Map<String, Object> workshopCard(String title) {
        Map<String, Object> body = Fixtures.idea(title, "Handschriftliche Karte aus der Gruppenarbeit.", "WORKING_IN");
        body.put("kind", "VISION_CARD");
        body.put("origin", "WORKSHOP");
        body.put("workshopId", UUID.randomUUID().toString());
        body.put("workshopGroup", "Gruppe 2");
        return body;
    }

    /** The criteria as they are now, as the JSON GET answers them: replacing them with this changes nothing. */
    private static List<Map<String, Object>> currentCriteria() {
        return given().queryParam("limit", 100).get(I + "/assessment-criteria").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** An assessment scoring every current criterion 3. */
    private static Map<String, Object> assessment() {
        List<String> keys = given().queryParam("limit", 100).get(I + "/assessment-criteria").then().statusCode(200)
                .extract().jsonPath().getList("items.key", String.class);
        Map<String, Integer> scores = new LinkedHashMap<>();
        keys.forEach(k -> scores.put(k, 3));
        return Map.of("scores", scores, "withinInfluence", true, "recommendedHorizon", "MEDIUM_TERM", "note", "Gut umsetzbar");
    }

    private static Response jsonImport(String token) {
        String cards = """
                [{"title": "Mehr Grün am Marktplatz", "text": "Bäume und Beete statt Parkplätze", "actionField": "LIVING", "group": "Gruppe 1", "tags": ["gruen"]}]""";
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.contentType(ContentType.JSON).body(cards).post(I + "/imports?workshopId=" + UUID.randomUUID());
    }

    private static String shortId() {
        return TestInfra.uniqueLetters();
    }
}
