package de.norderstedt.go.participants;

import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.platform.testing.AccessMatrix;
import de.norderstedt.go.platform.testing.AccessMatrix.Call;
import de.norderstedt.go.platform.testing.AccessMatrix.Caller;
import de.norderstedt.go.platform.testing.AccessMatrix.Row;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.ADMIN;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.AMBASSADORS;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.CORE_TEAM;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.EVERYONE;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.MODERATOR;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.OTHER_AMBASSADOR;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.OWNER;
import static de.norderstedt.go.platform.testing.AccessMatrix.Caller.PROGRAMME_LEAD;
import static de.norderstedt.go.platform.testing.AccessMatrix.row;
import static io.restassured.RestAssured.given;

/*
 * Every operation of the participants service's OpenAPI document (one row each below):
 *
 * MeResource (/api/participants/me, @Authenticated: any signed-in person, on their own registration)
 *   POST   /api/participants/me
 *   GET    /api/participants/me
 *   PUT    /api/participants/me
 *   DELETE /api/participants/me
 *   POST   /api/participants/me/consents
 *   GET    /api/participants/me/export
 *
 * VerificationResource (/api/participants/verifications, public: whoever holds the mailed token)
 *   POST   /api/participants/verifications
 *
 * AmbassadorResource (/api/participants/ambassadors, public)
 *   GET    /api/participants/ambassadors
 *   GET    /api/participants/ambassadors/{id}
 *
 * StaffParticipantResource (/api/participants/participants)
 *   POST   /api/participants/participants                        core team, programme lead, admin
 *   GET    /api/participants/participants                        core team, programme lead, admin
 *   GET    /api/participants/participants/{id}                   core team, programme lead, admin
 *   PUT    /api/participants/participants/{id}                   core team, programme lead, admin
 *   DELETE /api/participants/participants/{id}                   admin
 *   PUT    /api/participants/participants/{id}/status            programme lead, admin
 *   POST   /api/participants/participants/{id}/consents          core team, programme lead, admin
 *   GET    /api/participants/participants/{id}/export            admin
 *   PUT    /api/participants/participants/{id}/roles/{role}      admin
 *   DELETE /api/participants/participants/{id}/roles/{role}      admin
 *   POST   /api/participants/participants/{id}/email-verification  core team, programme lead, admin
 *
 * StatisticsResource (/api/participants/statistics)
 *   GET    /api/participants/statistics                          programme lead, admin
 *
 * ContactResource (/api/participants/contacts)
 *   GET    /api/participants/contacts                            public
 *   POST   /api/participants/contacts                            admin
 *   PUT    /api/participants/contacts/{id}                       admin
 *   DELETE /api/participants/contacts/{id}                       admin
 *
 * CodeOfCooperationResource (/api/participants/code-of-cooperation)
 *   GET    /api/participants/code-of-cooperation                 public
 *   GET    /api/participants/code-of-cooperation/versions        public
 *   POST   /api/participants/code-of-cooperation/versions        programme lead, admin
 *   GET    /api/participants/code-of-cooperation/versions/{version}  public
 *
 * InternalDirectoryResource (/api/participants/internal, role service only: no caller of the table)
 *   GET    /api/participants/internal/directory
 *
 * InternalMailResource (/api/participants/internal/participants, role service only: no caller of the table)
 *   POST   /api/participants/internal/participants/{id}/mails
 *
 * DeadLetterResource (platform-core, in every service's index; /api/participants/internal/dead-letters, role admin)
 *   GET    /api/participants/internal/dead-letters
 *   POST   /api/participants/internal/dead-letters/redrive
 */

/**
 * Who may call what in the participants service: one {@link AccessMatrix} row per operation of its
 * OpenAPI document, every row called for real as every {@link Caller}. The two ambassadors register
 * themselves, have their address confirmed by the core team and accept the code of cooperation; the
 * pending people of some rows have done neither. The staff callers are signed in with their role in
 * the token and are not registered here, so the {@code /me} operations that need a registration
 * answer them 404 (nobody registered with this account), not 403.
 *
 * <p>Under {@code /me} every caller acts on their own registration; {@code OWNER} does so with a
 * person of its own for each call that changes something ({@link Call#as}): a first registration,
 * a pending person who accepts the code, a person who corrects or erases themselves. The other
 * ambassador registers a second time (409) and erases a fresh person of their own too, so that the
 * later rows still have them. In the staff rows the thing acted on is a participant record, and
 * {@code OWNER} is the person the record is about, calling with their own token: they must not read,
 * change, pause, erase or promote themselves through the staff endpoints. Every call that changes a
 * record acts on a fresh one; reads look at the owner's record. The contacts made here are removed
 * afterwards, so the public list keeps only the real ones.
 *
 * <p>Publishing a code of cooperation makes every active ambassador pending until they accept it
 * again; no row relies on anyone being active at that point (the public profile row reads a fresh
 * ambassador, the consent rows take the version in force when they are called).
 */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class AccessMatrixTest {

    private static final String ME = Fixtures.ME;
    private static final String PARTICIPANTS = Fixtures.STAFF;
    private static final String AMBASSADOR_DIRECTORY = Fixtures.AMBASSADORS;
    private static final String CODE = Fixtures.CODE;
    private static final String CONTACTS = "/api/participants/contacts";
    private static final String STATISTICS = "/api/participants/statistics";
    private static final String DIRECTORY = "/api/participants/internal/directory";
    private static final String INTERNAL_MAILS = "/api/participants/internal/participants";
    private static final String DEAD_LETTERS = "/api/participants/internal/dead-letters";

    /** The role of every contact this test makes, to remove them again. */
    private static final String CONTACT_ROLE = "Zugangsmatrix Testkontakt";

    /** Who enters, reads and corrects registrations. */
    private static final Set<Caller> REGISTRATION_DESK = Set.of(CORE_TEAM, PROGRAMME_LEAD, ADMIN);
    /** The staff callers: signed in, their role in the token, not registered as participants. */
    private static final Set<Caller> STAFF_CALLERS = Set.of(CORE_TEAM, PROGRAMME_LEAD, MODERATOR, ADMIN);
    private static final Map<Caller, String> ROLE = Map.of(CORE_TEAM, Roles.CORE_TEAM, PROGRAMME_LEAD, Roles.PROGRAMME_LEAD,
            MODERATOR, Roles.MODERATOR, ADMIN, Roles.ADMIN);

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A person with an account (subject and token) and a registration here (id). */
    private record Person(String id, String subject, String token) {
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        Person owner = ambassador("Olivia Eigner");
        Person other = ambassador("Oskar Andersen");
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        tokens.put(OWNER, owner.token());
        tokens.put(OTHER_AMBASSADOR, other.token());
        for (Caller staff : STAFF_CALLERS) {
            tokens.put(staff, TestInfra.tokenForNewPerson(ROLE.get(staff)));
        }
        try {
            AccessMatrix.verify(rows(owner, tokens.get(ADMIN)), tokens);
        } finally {
            TestInfra.execute("delete from programme_contact where role = ?", CONTACT_ROLE);
        }
    }

    private static List<Row> rows(Person owner, String admin) {
        return List.of(
                // ---- MeResource: each caller on their own registration ----------------------------------------------
                row("POST", ME).expect(201, OWNER).expect(409, OTHER_AMBASSADOR).expect(201, STAFF_CALLERS)
                        .call(c -> {
                            Call register = Call.of("POST", ME, Fixtures.registration("Nele Neuanmeldung " + SEQ.incrementAndGet(),
                                    Fixtures.uniqueEmail(), false));
                            return switch (c) {
                                case OWNER -> register.as(TestInfra.tokenForNewPerson());
                                case CORE_TEAM, PROGRAMME_LEAD, MODERATOR, ADMIN -> register.as(TestInfra.tokenForNewPerson(ROLE.get(c)));
                                default -> register; // anonymous; the other ambassador is registered already
                            };
                        }),
                row("GET", ME).expect(200, AMBASSADORS).expect(404, STAFF_CALLERS)
                        .call(Call.of("GET", ME)),
                row("PUT", ME).expect(200, AMBASSADORS).expect(404, STAFF_CALLERS)
                        .call(c -> {
                            Call update = Call.of("PUT", ME, Fixtures.registration("Piet Profilpflege", Fixtures.uniqueEmail(), true));
                            return c == OWNER ? update.as(ambassador("Piet Profil").token()) : update;
                        }),
                row("DELETE", ME).expect(204, AMBASSADORS).expect(404, STAFF_CALLERS)
                        .call(c -> AMBASSADORS.contains(c)
                                ? Call.of("DELETE", ME).as(ambassador("Erika Löscher").token())
                                : Call.of("DELETE", ME)),
                row("POST", ME + "/consents").expect(200, AMBASSADORS).expect(404, STAFF_CALLERS)
                        .call(c -> {
                            Call accept = Call.of("POST", ME + "/consents", Map.of("version", Fixtures.currentCodeVersion()));
                            return c == OWNER ? accept.as(pending("Paul Zusage").token()) : accept;
                        }),
                row("GET", ME + "/export").expect(200, AMBASSADORS).expect(404, STAFF_CALLERS)
                        .call(Call.of("GET", ME + "/export")),

                // ---- VerificationResource: public, a fresh person's mailed token for every caller -------------------
                row("POST", Fixtures.VERIFICATIONS).expect(200, EVERYONE)
                        .call(c -> {
                            String email = Fixtures.uniqueEmail();
                            pending("Vera Bestätigung", email);
                            return Call.of("POST", Fixtures.VERIFICATIONS, Map.of("token", Fixtures.verificationToken(email)));
                        }),

                // ---- AmbassadorResource: public ---------------------------------------------------------------------
                row("GET", AMBASSADOR_DIRECTORY).expect(200, EVERYONE)
                        .call(Call.of("GET", AMBASSADOR_DIRECTORY)),
                row("GET", AMBASSADOR_DIRECTORY + "/{id}").expect(200, EVERYONE)
                        .call(c -> Call.of("GET", AMBASSADOR_DIRECTORY + "/" + ambassador("Anni Sichtbar").id())),

                // ---- StaffParticipantResource: OWNER is the person the record is about ------------------------------
                row("POST", PARTICIPANTS).expect(201, REGISTRATION_DESK)
                        .call(c -> Call.of("POST", PARTICIPANTS, Fixtures.registration("Dora Direktkontakt " + SEQ.incrementAndGet(),
                                Fixtures.uniqueEmail(), false))),
                row("GET", PARTICIPANTS).expect(200, REGISTRATION_DESK)
                        .call(Call.of("GET", PARTICIPANTS)),
                row("GET", PARTICIPANTS + "/{id}").expect(200, REGISTRATION_DESK)
                        .call(Call.of("GET", PARTICIPANTS + "/" + owner.id())),
                row("PUT", PARTICIPANTS + "/{id}").expect(200, REGISTRATION_DESK)
                        .call(c -> {
                            Person p = ambassador("Kai Korrektur");
                            return asOwner(c, p, Call.of("PUT", PARTICIPANTS + "/" + p.id(),
                                    Fixtures.registration("Kai Korrigiert", Fixtures.uniqueEmail(), true)));
                        }),
                row("DELETE", PARTICIPANTS + "/{id}").expect(204, ADMIN)
                        .call(c -> {
                            Person p = ambassador("Lotte Löschantrag");
                            return asOwner(c, p, Call.of("DELETE", PARTICIPANTS + "/" + p.id()));
                        }),
                row("PUT", PARTICIPANTS + "/{id}/status").expect(200, PROGRAMME_LEAD, ADMIN)
                        .call(c -> {
                            Person p = ambassador("Paula Pause");
                            return asOwner(c, p, Call.of("PUT", PARTICIPANTS + "/" + p.id() + "/status", Map.of("status", "INACTIVE")));
                        }),
                row("POST", PARTICIPANTS + "/{id}/consents").expect(200, REGISTRATION_DESK)
                        .call(c -> {
                            Person p = pending("Petra Papierform");
                            return asOwner(c, p, Call.of("POST", PARTICIPANTS + "/" + p.id() + "/consents",
                                    Map.of("version", Fixtures.currentCodeVersion())));
                        }),
                row("POST", PARTICIPANTS + "/{id}/email-verification").expect(200, REGISTRATION_DESK)
                        .call(c -> {
                            Person p = pending("Theo Telefonkontakt");
                            return asOwner(c, p, Call.of("POST", Fixtures.staffVerification(p.id())));
                        }),
                row("GET", PARTICIPANTS + "/{id}/export").expect(200, ADMIN)
                        .call(Call.of("GET", PARTICIPANTS + "/" + owner.id() + "/export")),
                row("PUT", PARTICIPANTS + "/{id}/roles/{role}").expect(200, ADMIN)
                        .call(c -> {
                            Person p = ambassador("Rudi Rollenwunsch");
                            return asOwner(c, p, Call.of("PUT", PARTICIPANTS + "/" + p.id() + "/roles/" + Roles.ADMIN));
                        }),
                row("DELETE", PARTICIPANTS + "/{id}/roles/{role}").expect(200, ADMIN)
                        .call(c -> {
                            Person p = withRole(ambassador("Mira Moderiert"), Roles.MODERATOR, admin);
                            return asOwner(c, p, Call.of("DELETE", PARTICIPANTS + "/" + p.id() + "/roles/" + Roles.MODERATOR));
                        }),

                // ---- StatisticsResource -----------------------------------------------------------------------------
                row("GET", STATISTICS).expect(200, PROGRAMME_LEAD, ADMIN)
                        .call(Call.of("GET", STATISTICS)),

                // ---- ContactResource: public list, changed by admins ------------------------------------------------
                row("GET", CONTACTS).expect(200, EVERYONE)
                        .call(Call.of("GET", CONTACTS)),
                row("POST", CONTACTS).expect(201, ADMIN)
                        .call(c -> Call.of("POST", CONTACTS, contactBody())),
                row("PUT", CONTACTS + "/{id}").expect(200, ADMIN)
                        .call(c -> Call.of("PUT", CONTACTS + "/" + contact(admin), contactBody())),
                row("DELETE", CONTACTS + "/{id}").expect(204, ADMIN)
                        .call(c -> Call.of("DELETE", CONTACTS + "/" + contact(admin))),

                // ---- CodeOfCooperationResource: public reads, published by programme lead and admin ----------------
                row("GET", CODE).expect(200, EVERYONE)
                        .call(Call.of("GET", CODE)),
                row("GET", CODE + "/versions").expect(200, EVERYONE)
                        .call(Call.of("GET", CODE + "/versions")),
                row("POST", CODE + "/versions").expect(201, PROGRAMME_LEAD, ADMIN)
                        .call(c -> Call.of("POST", CODE + "/versions", newCode())),
                row("GET", CODE + "/versions/{version}").expect(200, EVERYONE)
                        .call(Call.of("GET", CODE + "/versions/1")),

                // ---- InternalDirectoryResource: role service only, so 401 anonymous and 403 for everyone here ------
                row("GET", DIRECTORY)
                        .call(Call.of("GET", DIRECTORY + "?subject=" + owner.subject())),

                // ---- InternalMailResource: role service only, so 401 anonymous and 403 for everyone here -----------
                row("POST", INTERNAL_MAILS + "/{id}/mails")
                        .call(c -> Call.of("POST", INTERNAL_MAILS + "/" + owner.id() + "/mails",
                                InternalMailsTest.mail(UUID.randomUUID(), "Zugangsmatrix Post"))),

                // ---- DeadLetterResource (platform-core): admin ------------------------------------------------------
                row("GET", DEAD_LETTERS).expect(200, ADMIN)
                        .call(Call.of("GET", DEAD_LETTERS)),
                row("POST", DEAD_LETTERS + "/redrive").expect(200, ADMIN)
                        .call(Call.of("POST", DEAD_LETTERS + "/redrive")));
    }

    /** {@code OWNER}'s call goes out as {@code person}, the one the record is about; everyone else calls with their own token. */
    private static Call asOwner(Caller caller, Person person, Call call) {
        return caller == OWNER ? call.as(person.token()) : call;
    }

    /** A person who registered themselves and accepted the code of cooperation in force: an active ambassador. */
    private static Person ambassador(String name) {
        String subject = "matrix-" + UUID.randomUUID();
        return new Person(Fixtures.activeAmbassador(subject, name, true), subject, TestInfra.token(subject));
    }

    /** A person who registered themselves and has neither confirmed the address nor accepted the code yet. */
    private static Person pending(String name) {
        return pending(name, Fixtures.uniqueEmail());
    }

    private static Person pending(String name, String email) {
        String subject = "matrix-" + UUID.randomUUID();
        String token = TestInfra.token(subject);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration(name, email, false))
                .post(ME).then().statusCode(201).extract().path("id");
        return new Person(id, subject, token);
    }

    private static Person withRole(Person person, String role, String admin) {
        given().auth().oauth2(admin).put(PARTICIPANTS + "/" + person.id() + "/roles/" + role).then().statusCode(200);
        return person;
    }

    private static Map<String, Object> contactBody() {
        return Map.of("role", CONTACT_ROLE, "organisation", "Stadt Norderstedt",
                "publicEmail", "matrix-" + SEQ.incrementAndGet() + "@stadt-norderstedt.example", "sortOrder", 90);
    }

    /** A fresh contact, made by an admin: its id. */
    private static String contact(String admin) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(contactBody())
                .post(CONTACTS).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> newCode() {
        return Map.of(
                "title", "Grundsätze der Zusammenarbeit bei Norderstedt GO! (Fortschreibung " + SEQ.incrementAndGet() + ")",
                "preamble", "Fortgeschrieben nach der Zugangsprüfung.",
                "principles", List.of(Map.of("heading", "Kooperative und konstruktive Teamarbeit",
                        "principles", List.of("Wir begegnen uns auf Augenhöhe und mit Wertschätzung."))));
    }
}
