package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.platform.testing.AccessMatrix;
import de.norderstedt.go.platform.testing.AccessMatrix.Call;
import de.norderstedt.go.platform.testing.AccessMatrix.Caller;
import de.norderstedt.go.platform.testing.AccessMatrix.Row;
import de.norderstedt.go.platform.testing.TestAmbassadors;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.ADMIN;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.AMBASSADORS;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.ANONYMOUS;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.CORE_TEAM;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.EVERYONE;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.MODERATOR;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.OTHER_AMBASSADOR;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.OWNER;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.PROGRAMME_LEAD;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.PROGRAMME_TEAM;
import static de.norderstedt.go.platform.testing.AccessMatrix.row;
import static io.restassured.RestAssured.given;

/*
 * Every operation of the workshops service's OpenAPI document (one row each below):
 *
 * WorkshopResource (/api/workshops)
 *   GET    /api/workshops
 *   POST   /api/workshops
 *   GET    /api/workshops/{id}
 *   PUT    /api/workshops/{id}
 *   POST   /api/workshops/{id}/status
 *   GET    /api/workshops/{id}/occupancy
 *   POST   /api/workshops/{id}/registrations
 *   GET    /api/workshops/{id}/registrations/mine
 *   DELETE /api/workshops/{id}/registrations/mine
 *   POST   /api/workshops/{id}/invitations
 *   POST   /api/workshops/{id}/guest-registrations
 *   GET    /api/workshops/guest-registrations/mine        (header Guest-Token)
 *   DELETE /api/workshops/guest-registrations/mine        (header Guest-Token)
 *   POST   /api/workshops/guest-registrations/mine/verification (header Guest-Token: the secret of the verification mail)
 *   GET    /api/workshops/{id}/registrations
 *   POST   /api/workshops/{id}/check-ins
 *   GET    /api/workshops/{id}/report
 *   GET    /api/workshops/{id}/calendar.ics               (text/calendar)
 *   GET    /api/workshops/calendar.ics                    (text/calendar)
 *
 * ProgrammeResource (/api/workshops/{id})
 *   GET    /api/workshops/{id}/agenda
 *   PUT    /api/workshops/{id}/agenda
 *   GET    /api/workshops/{id}/groups
 *   PUT    /api/workshops/{id}/groups
 *   POST   /api/workshops/{id}/questions
 *   GET    /api/workshops/{id}/questions
 *   POST   /api/workshops/{id}/questions/{questionId}/votes
 *   PUT    /api/workshops/{id}/questions/{questionId}/status
 *   GET    /api/workshops/{id}/registrations.csv          (text/csv)
 *
 * MineResource (/api/workshops)
 *   GET    /api/workshops/registrations/mine
 *   GET    /api/workshops/questions/mine
 *
 * InternalPeopleResource (/api/workshops/internal/people, role service only: no caller of the table)
 *   GET    /api/workshops/internal/people/{participantId}/data
 *
 * DeadLetterResource (platform-core, under the service's root, role admin; the gateway refuses /api/<service>/internal/...)
 *   GET    /api/workshops/internal/dead-letters
 *   POST   /api/workshops/internal/dead-letters/redrive
 */

/**
 * Who may call what in the workshops service: one {@link AccessMatrix} row per operation of its
 * OpenAPI document, every row called for real as every {@link Caller} (two active ambassadors
 * registered at the real participants service, the staff roles by token, and nobody).
 *
 * <p>Reads of a single workshop are made on a DRAFT: the programme team (core team, programme
 * lead) sees it, everyone else gets the 404 that hides drafts; a published workshop is readable
 * by everyone. Every call that changes something acts on a thing of its own: a fresh draft, a
 * freshly created and opened public workshop (one registration per person and workshop), a fresh
 * guest registration or a fresh question. {@code OWNER} is the ambassador whose registration the
 * {@code .../registrations/mine} rows act on, and the holder of the guest token in the
 * {@code guest-registrations/mine} rows (for the verification: the secret of the link in the
 * mail that reached the guest's address); everyone else sends an unknown token there. The
 * internal export is for the role {@code service} only, which no caller of the table has
 * (ExportTest calls it with a service token).
 */
@QuarkusTest
@WorkshopsTest
class AccessMatrixTest {

    private static final String W = Fixtures.WORKSHOPS;

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        TestAmbassadors.Ambassador owner = TestAmbassadors.active("Olga Eigentümerin", true);
        TestAmbassadors.Ambassador other = TestAmbassadors.active("Otto Anderer", true);
        Map<Caller, String> tokens = AccessMatrix.tokens(owner.token(), other.token());
        String moderator = tokens.get(MODERATOR);

        // Shared, only read: a draft; an open public workshop with a guest and the owner registered (also takes questions).
        String draft = draft();
        String live = open();
        Fixtures.guest(live, "Gerda Gast", "ON_SITE").then().statusCode(201);
        register(owner.token(), live);

        List<Row> rows = List.of(
                // ---- WorkshopResource --------------------------------------------------------------------------------
                row("GET", W).expect(200, EVERYONE)
                        .call(Call.of("GET", W)),
                row("POST", W).expect(201, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", W, Fixtures.kickOff(20, 20))),
                row("GET", W + "/{id}").expect(200, PROGRAMME_TEAM).others(404)
                        .call(Call.of("GET", W + "/" + draft)),
                row("PUT", W + "/{id}").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", W + "/" + draft(), renamed())),
                row("POST", W + "/{id}/status").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", W + "/" + draft() + "/status", Map.of("status", "PUBLISHED"))),
                row("GET", W + "/{id}/occupancy").expect(200, PROGRAMME_TEAM).others(404)
                        .call(Call.of("GET", W + "/" + draft + "/occupancy")),
                row("POST", W + "/{id}/registrations").expect(201, AMBASSADORS)
                        .call(c -> Call.of("POST", W + "/" + open() + "/registrations", Map.of("mode", "ON_SITE"))),
                row("GET", W + "/{id}/registrations/mine").expect(200, OWNER).expect(404, OTHER_AMBASSADOR)
                        .call(c -> Call.of("GET", W + "/" + openWithRegistrationOf(owner.token()) + "/registrations/mine")),
                row("DELETE", W + "/{id}/registrations/mine").expect(200, OWNER).expect(404, OTHER_AMBASSADOR)
                        .call(c -> Call.of("DELETE", W + "/" + openWithRegistrationOf(owner.token()) + "/registrations/mine")),
                row("POST", W + "/{id}/invitations").expect(201, PROGRAMME_TEAM)
                        .call(c -> Call.of("POST", W + "/" + openInvited() + "/invitations",
                                Map.of("participantId", owner.id(), "mode", "ON_SITE"))),
                row("POST", W + "/{id}/guest-registrations").expect(201, EVERYONE)
                        .call(c -> Call.of("POST", W + "/" + open() + "/guest-registrations", Map.of("name", "Gast Matrix",
                                "email", "gast-" + UUID.randomUUID() + "@example.org", "mode", "ON_SITE"))),
                row("GET", W + "/guest-registrations/mine").expect(200, OWNER).others(404)
                        .call(c -> Call.of("GET", W + "/guest-registrations/mine")
                                .header("Guest-Token", c == OWNER ? freshGuestToken() : unknownGuestToken())),
                row("DELETE", W + "/guest-registrations/mine").expect(200, OWNER).others(404)
                        .call(c -> Call.of("DELETE", W + "/guest-registrations/mine")
                                .header("Guest-Token", c == OWNER ? freshGuestToken() : unknownGuestToken())),
                row("POST", W + "/guest-registrations/mine/verification").expect(200, OWNER).others(404)
                        .call(c -> Call.of("POST", W + "/guest-registrations/mine/verification")
                                .header("Guest-Token", c == OWNER ? freshVerifySecret() : unknownGuestToken())),
                row("GET", W + "/{id}/registrations").expect(200, PROGRAMME_TEAM)
                        .call(Call.of("GET", W + "/" + live + "/registrations")),
                row("POST", W + "/{id}/check-ins").expect(200, PROGRAMME_TEAM)
                        .call(c -> checkInOfAFreshGuest()),
                row("GET", W + "/{id}/report").expect(200, PROGRAMME_TEAM).others(404)
                        .call(Call.of("GET", W + "/" + draft + "/report")),
                row("GET", W + "/{id}/calendar.ics").expect(200, PROGRAMME_TEAM).others(404)
                        .call(Call.of("GET", W + "/" + draft + "/calendar.ics")),
                row("GET", W + "/calendar.ics").expect(200, EVERYONE)
                        .call(Call.of("GET", W + "/calendar.ics")),

                // ---- ProgrammeResource -------------------------------------------------------------------------------
                row("GET", W + "/{id}/agenda").expect(200, PROGRAMME_TEAM).others(404)
                        .call(Call.of("GET", W + "/" + draft + "/agenda")),
                row("PUT", W + "/{id}/agenda").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", W + "/" + draft() + "/agenda", agenda())),
                row("GET", W + "/{id}/groups").expect(200, PROGRAMME_TEAM).others(404)
                        .call(Call.of("GET", W + "/" + draft + "/groups")),
                row("PUT", W + "/{id}/groups").expect(200, PROGRAMME_TEAM)
                        .call(c -> Call.of("PUT", W + "/" + draft() + "/groups", groups(owner.id()))),
                row("POST", W + "/{id}/questions").expect(201, EVERYONE)
                        .call(c -> Call.of("POST", W + "/" + live + "/questions",
                                Map.of("text", "Wie geht es nach dem Workshop weiter?", "channel", "ON_SITE"))),
                row("GET", W + "/{id}/questions").expect(200, EVERYONE)
                        .call(Call.of("GET", W + "/" + live + "/questions")),
                row("POST", W + "/{id}/questions/{questionId}/votes").expect(200, EVERYONE)
                        .call(c -> Call.of("POST", W + "/" + live + "/questions/" + approvedQuestion(live, moderator) + "/votes",
                                c == ANONYMOUS ? Map.of("voterKey", UUID.randomUUID().toString()) : Map.of())),
                row("PUT", W + "/{id}/questions/{questionId}/status").expect(200, MODERATOR, CORE_TEAM, PROGRAMME_LEAD)
                        .call(c -> Call.of("PUT", W + "/" + live + "/questions/" + question(live) + "/status",
                                Map.of("status", "APPROVED"))),
                row("GET", W + "/{id}/registrations.csv").expect(200, PROGRAMME_TEAM)
                        .call(Call.of("GET", W + "/" + live + "/registrations.csv")),

                // ---- MineResource --------------------------------------------------------------------------------------
                row("GET", W + "/registrations/mine").expect(200, AMBASSADORS)
                        .call(Call.of("GET", W + "/registrations/mine")),
                row("GET", W + "/questions/mine").expect(200, AMBASSADORS)
                        .call(Call.of("GET", W + "/questions/mine")),

                // ---- InternalPeopleResource: role service only, so 401 anonymous and 403 for everyone here ----------
                row("GET", W + "/internal/people/{participantId}/data")
                        .call(Call.of("GET", W + "/internal/people/" + owner.id() + "/data")),

                // ---- DeadLetterResource (platform-core) ---------------------------------------------------------------
                row("GET", W + "/internal/dead-letters").expect(200, ADMIN)
                        .call(Call.of("GET", W + "/internal/dead-letters")),
                row("POST", W + "/internal/dead-letters/redrive").expect(200, ADMIN)
                        .call(Call.of("POST", W + "/internal/dead-letters/redrive")));

        AccessMatrix.verify(rows, tokens);
    }

    /** A new DRAFT workshop, created by the core team. */
    private static String draft() {
        return given().auth().oauth2(Fixtures.staff()).contentType(ContentType.JSON).body(Fixtures.kickOff(20, 20))
                .post(W).then().statusCode(201).extract().path("id");
    }

    /** A new PUBLIC hybrid workshop, published and open for registration. */
    private static String open() {
        return Fixtures.open(Fixtures.kickOff(20, 20));
    }

    private static void register(String ambassadorToken, String workshop) {
        given().auth().oauth2(ambassadorToken).contentType(ContentType.JSON).body(Map.of("mode", "ON_SITE"))
                .post(W + "/" + workshop + "/registrations").then().statusCode(201);
    }

    /** A new open workshop the ambassador behind {@code ambassadorToken} is registered for. */
    private static String openWithRegistrationOf(String ambassadorToken) {
        String id = open();
        register(ambassadorToken, id);
        return id;
    }

    /** The cancelToken of a new guest registration (of a new open workshop). */
    private static String freshGuestToken() {
        return Fixtures.guest(open(), "Gast " + TestInfra.uniqueLetters(), "ON_SITE")
                .then().statusCode(201).extract().path("cancelToken");
    }

    /** A new INVITED workshop, published (staff invite people before the registration opens, too). */
    private static String openInvited() {
        Map<String, Object> body = Fixtures.kickOff(20, 20);
        body.put("audience", "INVITED");
        body.put("title", "Ausschusssitzung " + TestInfra.uniqueLetters());
        String staff = Fixtures.staff();
        String id = given().auth().oauth2(staff).contentType(ContentType.JSON).body(body).post(W).then().statusCode(201).extract().path("id");
        Fixtures.status(staff, id, "PUBLISHED", 200);
        return id;
    }

    /** The secret of the confirmation link in the mail to a new guest (of a new open workshop). */
    private static String freshVerifySecret() {
        String name = "Gast " + TestInfra.uniqueLetters();
        Fixtures.guest(open(), name, "ON_SITE").then().statusCode(201);
        return Fixtures.verifySecret(Fixtures.email(name));
    }

    /** 32 characters no registration has. */
    private static String unknownGuestToken() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Checks in a new, confirmed guest of a new open workshop by the short code of their confirmation. */
    private static Call checkInOfAFreshGuest() {
        String id = open();
        String code = Fixtures.guest(id, "Gast " + TestInfra.uniqueLetters(), "ON_SITE")
                .then().statusCode(201).extract().path("shortCode");
        return Call.of("POST", W + "/" + id + "/check-ins", Map.of("code", code));
    }

    /** A new question of {@code workshop}, asked by a guest, not moderated yet. */
    private static String question(String workshop) {
        return given().contentType(ContentType.JSON).body(Map.of("text", "Gibt es die Folien online?", "channel", "ONLINE"))
                .post(W + "/" + workshop + "/questions").then().statusCode(201).extract().path("id");
    }

    /** A new question, approved by a moderator: it takes votes. */
    private static String approvedQuestion(String workshop, String moderator) {
        String q = question(workshop);
        given().auth().oauth2(moderator).contentType(ContentType.JSON).body(Map.of("status", "APPROVED"))
                .put(W + "/" + workshop + "/questions/" + q + "/status").then().statusCode(200);
        return q;
    }

    private static Map<String, Object> renamed() {
        Map<String, Object> body = Fixtures.kickOff(20, 20);
        body.put("title", "Auftaktveranstaltung Norderstedt GO! (neuer Titel)");
        return body;
    }

    private static List<Map<String, Object>> agenda() {
        return List.of(Map.of("startsAt", "2031-09-23T18:00:00+02:00", "endsAt", "2031-09-23T18:30:00+02:00", "kind", "TALK",
                "title", "Impulsvortrag", "speakers", List.of("Chief Digital Officer")));
    }

    private static List<Map<String, Object>> groups(String member) {
        return List.of(Map.of("name", "Gruppe 1", "actionField", "LIVING", "facilitator", "Moderation extern",
                "members", List.of(member)));
    }
}
