package de.norderstedt.go.participants;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.mail.MailBounced;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestMail;
import de.norderstedt.go.platform.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An address counts only once its mailbox's owner confirmed it by the mailed link; whoever types an
 * address never learns whether it is taken; a person entered by staff claims their record by
 * confirming its address.
 */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class EmailVerificationTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Event<MailBounced> bounces;

    @Test
    void theLinkInTheMailConfirmsTheAddressOnceAndOnlyThenConsentMakesActive() {
        String subject = "link-" + UUID.randomUUID();
        String token = TestInfra.token(subject);
        String email = Fixtures.uniqueEmail();
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration("Lina Linkklick", email, true))
                .post(Fixtures.ME).then().statusCode(201)
                .body("pendingEmail", is(email)).body("email", nullValue()).body("emailVerified", is(false))
                .extract().path("id");

        // Consent before the address is confirmed: recorded, but no ambassador yet.
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", Fixtures.currentCodeVersion()))
                .post(Fixtures.ME + "/consents").then().statusCode(200).body("status", is("PENDING"));
        given().get(Fixtures.AMBASSADORS + "/" + id).then().statusCode(404);
        assertEquals(0, TestInfra.count("select count(*) from outbox_event where aggregate_id = ?", id),
                "nothing is published about a registration before its address is confirmed");

        TestMail.Received mail = TestMail.awaitOne(email, Fixtures.VERIFY_SUBJECT);
        assertTrue(mail.link("/e-mail-bestaetigen#token=").startsWith(TestMail.LINK_BASE + "/e-mail-bestaetigen#token="), mail.text());
        String secret = mail.linkParameter("token");
        assertFalse(mail.text().contains("Lina"), "a mail to an unconfirmed address carries nothing the registrant chose");
        assertEquals(0, TestInfra.count("select count(*) from email_verification where token_hash = ?", secret),
                "only the token's hash is stored");

        Fixtures.verify(secret).statusCode(200)
                .body("id", is(id)).body("email", is(email)).body("pendingEmail", nullValue())
                .body("emailVerified", is(true)).body("status", is("ACTIVE"));
        given().auth().oauth2(token).get(Fixtures.ME).then().statusCode(200).body("status", is("ACTIVE")).body("email", is(email));
        given().get(Fixtures.AMBASSADORS + "/" + id).then().statusCode(200);

        // A link works once; an invented one not at all.
        Fixtures.verify(secret).statusCode(404).contentType(PROBLEM);
        Fixtures.verify("erfunden-" + UUID.randomUUID()).statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("token", "")).post(Fixtures.VERIFICATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", is("token"));

        // Announced on confirmation: registered, the consent given before, activated, in that order.
        List<TopicReader.Event> events = TopicReader.awaitTypes(Topics.PARTICIPANTS, id,
                ParticipantEvents.REGISTERED.type(), ParticipantEvents.CONSENT_ACCEPTED.type(), ParticipantEvents.ACTIVATED.type());
        assertEquals(List.of(ParticipantEvents.REGISTERED.type(), ParticipantEvents.CONSENT_ACCEPTED.type(),
                ParticipantEvents.ACTIVATED.type()), events.stream().map(TopicReader.Event::type).distinct().toList());
    }

    @Test
    void confirmedFirstTheConsentMakesActive() {
        String subject = "first-" + UUID.randomUUID();
        String token = TestInfra.token(subject);
        String email = Fixtures.uniqueEmail();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.registration("Frieda Frühbestätigt", email, false))
                .post(Fixtures.ME).then().statusCode(201);
        Fixtures.verify(Fixtures.verificationToken(email)).statusCode(200).body("status", is("PENDING")).body("emailVerified", is(true));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", Fixtures.currentCodeVersion()))
                .post(Fixtures.ME + "/consents").then().statusCode(200).body("status", is("ACTIVE"));
    }

    @Test
    void registeringWithATakenAddressAnswersAsWithAFreeOneAndOnlyItsOwnerIsTold() {
        String owner = Fixtures.uniqueEmail();
        Fixtures.activeAmbassador("owner-" + UUID.randomUUID(), Fixtures.registration("Olga Eigentümerin", owner, false));
        String free = Fixtures.uniqueEmail();

        ExtractableResponse<Response> withFree = given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON)
                .body(Fixtures.registration("Frei Adresse", free, false)).post(Fixtures.ME).then().extract();
        ExtractableResponse<Response> withTaken = given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON)
                .body(Fixtures.registration("Vergeben Adresse", owner, false)).post(Fixtures.ME).then().extract();

        assertSameAnswer(withFree, withTaken, free, owner);
        assertEquals(201, withTaken.statusCode());

        // The owner hears of it, without a link; the other address gets its link; no link exists for the taken one.
        TestMail.Received note = TestMail.awaitOne(owner, Fixtures.ADDRESS_IN_USE_SUBJECT);
        assertEquals(List.of(), note.links(), "the note to the owner carries no link");
        Fixtures.verificationToken(free);
        assertEquals(0, TestInfra.count("select count(*) from email_verification where address = ?", owner));
        assertEquals(1, TestMail.all(owner).stream().filter(m -> m.subject().contains(Fixtures.VERIFY_SUBJECT)).count(),
                "no second confirmation link to the owner (the one of their own registration only)");
        assertEquals(1, TestInfra.count("select count(*) from participant where email = ?", owner));
    }

    @Test
    void changingToATakenAddressAnswersAsChangingToAFreeOneAndTheOwnerIsTold() {
        String owner = Fixtures.uniqueEmail();
        Fixtures.activeAmbassador("owner-" + UUID.randomUUID(), Fixtures.registration("Otto Eigentümer", owner, false));
        String firstSubject = "change-" + UUID.randomUUID();
        String firstEmail = Fixtures.uniqueEmail();
        Fixtures.activeAmbassador(firstSubject, Fixtures.registration("Erik Wechsel", firstEmail, false));
        String secondSubject = "change-" + UUID.randomUUID();
        String secondEmail = Fixtures.uniqueEmail();
        Fixtures.activeAmbassador(secondSubject, Fixtures.registration("Emma Wechsel", secondEmail, false));
        long notesBefore = notes(owner);

        String free = Fixtures.uniqueEmail();
        ExtractableResponse<Response> toFree = given().auth().oauth2(TestInfra.token(firstSubject)).contentType(ContentType.JSON)
                .body(Fixtures.registration("Erik Wechsel", free, false)).put(Fixtures.ME).then().extract();
        ExtractableResponse<Response> toTaken = given().auth().oauth2(TestInfra.token(secondSubject)).contentType(ContentType.JSON)
                .body(Fixtures.registration("Emma Wechsel", owner, false)).put(Fixtures.ME).then().extract();

        assertEquals(200, toTaken.statusCode());
        assertSameAnswer(toFree, toTaken, free, owner);
        // Until the new address is confirmed, the confirmed one stays.
        assertEquals(firstEmail, toFree.<String>path("email"));
        assertEquals(secondEmail, toTaken.<String>path("email"));
        assertEquals(Boolean.TRUE, toTaken.<Boolean>path("emailVerified"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notes(owner) == notesBefore + 1);
        assertEquals(0, TestInfra.count("select count(*) from email_verification where address = ?", owner));

        // The free one is confirmed by its link and replaces the old address.
        Fixtures.verify(Fixtures.verificationToken(free)).statusCode(200).body("email", is(free)).body("pendingEmail", nullValue());
        // Giving the confirmed address again withdraws a pending change.
        given().auth().oauth2(TestInfra.token(secondSubject)).contentType(ContentType.JSON)
                .body(Fixtures.registration("Emma Wechsel", secondEmail, false)).put(Fixtures.ME).then().statusCode(200)
                .body("email", is(secondEmail)).body("pendingEmail", nullValue());
    }

    @Test
    void aPersonEnteredByStaffClaimsTheirRecordByConfirmingItsAddress() {
        String staff = TestInfra.tokenForNewPerson("core-team");
        String email = Fixtures.uniqueEmail();
        String record = given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Fixtures.registration("Hanna Handzettel", email, false))
                .post(Fixtures.STAFF).then().statusCode(201)
                .body("hasAccount", is(false)).body("email", is(email)).body("emailVerified", is(true))
                .extract().path("id");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("version", Fixtures.currentCodeVersion()))
                .post(Fixtures.STAFF + "/" + record + "/consents").then().statusCode(200).body("status", is("ACTIVE"));

        String subject = "claim-" + UUID.randomUUID();
        String token = TestInfra.token(subject);
        String fresh = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration("Hanna Selbst", email, true))
                .post(Fixtures.ME).then().statusCode(201).body("pendingEmail", is(email)).extract().path("id");

        // A record without an account is no account: its address gets the link, not the note.
        Fixtures.verify(Fixtures.verificationToken(email)).statusCode(200)
                .body("id", is(record)).body("hasAccount", is(true)).body("email", is(email))
                .body("displayName", is("Hanna Selbst")).body("registrationChannel", is("DIRECT_CONTACT"))
                .body("status", is("ACTIVE"));

        given().auth().oauth2(token).get(Fixtures.ME).then().statusCode(200).body("id", is(record));
        assertEquals(1, TestInfra.count("select count(*) from participant where email = ? or pending_email = ?", email, email),
                "one participant with the address");
        assertEquals(0, TestInfra.count("select count(*) from participant where id = ?::uuid", fresh), "the new registration is gone");
        given().auth().oauth2(staff).get(Fixtures.STAFF + "/" + record).then().statusCode(200).body("hasAccount", is(true));
        given().get(Fixtures.AMBASSADORS + "/" + record).then().statusCode(200).body("displayName", is("Hanna Selbst"));
        // Other services that looked the account up forget the discarded id.
        TopicReader.awaitTypes(Topics.PARTICIPANTS, fresh, ParticipantEvents.ERASED.type());
    }

    @Test
    void staffConfirmAfterDirectContactAndOnlyTheProgrammeTeamMay() {
        String subject = "phone-" + UUID.randomUUID();
        String email = Fixtures.uniqueEmail();
        String id = given().auth().oauth2(TestInfra.token(subject)).contentType(ContentType.JSON)
                .body(Fixtures.registration("Tilo Telefon", email, false))
                .post(Fixtures.ME).then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestInfra.token(subject)).post(Fixtures.staffVerification(id)).then().statusCode(403);
        given().post(Fixtures.staffVerification(id)).then().statusCode(401);
        given().auth().oauth2(TestInfra.tokenForNewPerson("moderator")).post(Fixtures.staffVerification(id)).then().statusCode(403);
        given().auth().oauth2(TestInfra.tokenForNewPerson("programme-lead")).post(Fixtures.staffVerification(id)).then().statusCode(200)
                .body("email", is(email)).body("emailVerified", is(true)).body("pendingEmail", nullValue());
        given().auth().oauth2(TestInfra.tokenForNewPerson("core-team")).post(Fixtures.staffVerification(UUID.randomUUID().toString()))
                .then().statusCode(404).contentType(PROBLEM);
        // The link mailed before no longer works: the address is confirmed.
        Fixtures.verify(Fixtures.verificationToken(email)).statusCode(404);
        TopicReader.awaitTypes(Topics.PARTICIPANTS, id, ParticipantEvents.REGISTERED.type());
    }

    @Test
    void aBouncedAddressIsShownToStaffAndGetsNoMoreMailUntilConfirmedAgain() {
        String email = Fixtures.uniqueEmail();
        String id = Fixtures.activeAmbassador("bounce-" + UUID.randomUUID(), Fixtures.registration("Bruno Zurück", email, false));
        String staff = TestInfra.tokenForNewPerson("core-team");
        given().auth().oauth2(staff).get(Fixtures.STAFF + "/" + id).then().statusCode(200).body("emailBounced", is(false));

        bounces.fire(new MailBounced(email.toUpperCase()));

        given().auth().oauth2(staff).get(Fixtures.STAFF + "/" + id).then().statusCode(200).body("emailBounced", is(true));
        given().auth().oauth2(InternalMailsTest.serviceToken()).contentType(ContentType.JSON)
                .body(InternalMailsTest.mail(UUID.randomUUID(), "Nicht zustellbar"))
                .post(InternalMailsTest.mails(id)).then().statusCode(404).contentType(PROBLEM);

        given().auth().oauth2(staff).post(Fixtures.staffVerification(id)).then().statusCode(200).body("emailBounced", is(false));
        given().auth().oauth2(InternalMailsTest.serviceToken()).contentType(ContentType.JSON)
                .body(InternalMailsTest.mail(UUID.randomUUID(), "Wieder zustellbar"))
                .post(InternalMailsTest.mails(id)).then().statusCode(202);
    }

    @Test
    void aNewCodeOfCooperationIsMailedToActiveAmbassadors() {
        String email = Fixtures.uniqueEmail();
        Fixtures.activeAmbassador("newcode-" + UUID.randomUUID(), Fixtures.registration("Nora Neufassung", email, false));
        int version = given().auth().oauth2(TestInfra.tokenForNewPerson("programme-lead")).contentType(ContentType.JSON)
                .body(Map.of("title", "Grundsätze der Zusammenarbeit bei Norderstedt GO! (Fortschreibung " + TestInfra.uniqueLetters() + ")",
                        "preamble", "Fortgeschrieben.",
                        "principles", List.of(Map.of("heading", "Kooperative und konstruktive Teamarbeit",
                                "principles", List.of("Wir begegnen uns auf Augenhöhe und mit Wertschätzung.")))))
                .post(Fixtures.CODE + "/versions").then().statusCode(201).extract().path("version");
        TestMail.Received mail = TestMail.awaitOne(email, Fixtures.NEW_CODE_SUBJECT);
        assertTrue(mail.text().contains("Nora Neufassung"), mail.text());
        assertTrue(mail.text().contains(Integer.toString(version)), mail.text());
        assertTrue(mail.link("/mitmachen/kodex").endsWith("/mitmachen/kodex"));
    }

    /** The same status and the same body but for the fields that differ anyway (ids, names, addresses, times). */
    @SuppressWarnings("unchecked")
    private static void assertSameAnswer(ExtractableResponse<Response> a, ExtractableResponse<Response> b, String addressA, String addressB) {
        assertEquals(a.statusCode(), b.statusCode());
        Map<String, Object> bodyA = a.as(Map.class);
        Map<String, Object> bodyB = b.as(Map.class);
        assertEquals(bodyA.keySet(), bodyB.keySet());
        Set<String> differing = Set.of("id", "displayName", "email", "registeredAt", "updatedAt");
        for (String key : bodyA.keySet()) {
            if (key.equals("pendingEmail")) {
                assertEquals(addressA, bodyA.get(key));
                assertEquals(addressB, bodyB.get(key));
            } else if (!differing.contains(key)) {
                assertEquals(bodyA.get(key), bodyB.get(key), key);
            }
        }
    }

    private static long notes(String address) {
        return TestMail.all(address).stream().filter(m -> m.subject().contains(Fixtures.ADDRESS_IN_USE_SUBJECT)).count();
    }
}
