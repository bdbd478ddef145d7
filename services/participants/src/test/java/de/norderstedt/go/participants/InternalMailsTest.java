package de.norderstedt.go.participants;

import de.norderstedt.go.platform.infra.ServiceProcess;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestMail;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The other services mail a participant by id through this service, which alone holds the address:
 * only with the role service, only to a confirmed address, each mail once.
 */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class InternalMailsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

    @Test
    void onlyAServiceMayHandOverAMail() {
        String subject = "mailbox-" + UUID.randomUUID();
        String id = Fixtures.activeAmbassador(subject, Fixtures.registration("Marta Postfach", Fixtures.uniqueEmail(), false));
        Map<String, Object> mail = mail(UUID.randomUUID(), "Ihre Anmeldung");

        given().contentType(ContentType.JSON).body(mail).post(mails(id)).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestInfra.token(subject)).contentType(ContentType.JSON).body(mail).post(mails(id))
                .then().statusCode(403).contentType(PROBLEM);
        for (String role : List.of("admin", "programme-lead", "core-team", "moderator")) {
            given().auth().oauth2(TestInfra.tokenForNewPerson(role)).contentType(ContentType.JSON).body(mail).post(mails(id))
                    .then().statusCode(403);
        }
        assertEquals(0, TestInfra.count("select count(*) from mail_outbox where id = ?::uuid", mail.get("id")));
    }

    @Test
    void aServiceMailReachesTheConfirmedAddressOnce() {
        String email = Fixtures.uniqueEmail();
        String id = Fixtures.activeAmbassador("mailbox-" + UUID.randomUUID(), Fixtures.registration("Moritz Post", email, false));
        String subject = "Ihre Anmeldung zur Zukunftswerkstatt " + TestInfra.uniqueLetters();
        UUID mailId = UUID.randomUUID();
        Map<String, Object> mail = mail(mailId, subject);

        given().auth().oauth2(serviceToken()).contentType(ContentType.JSON).body(mail).post(mails(id)).then().statusCode(202);
        // The relay of the other service sends again after a lost answer: taken once.
        given().auth().oauth2(serviceToken()).contentType(ContentType.JSON).body(mail).post(mails(id)).then().statusCode(202);

        TestMail.Received received = TestMail.awaitOne(email, subject);
        assertTrue(received.text().contains("Moritz"), received.text());
        assertEquals(1, received.attachments().size());
        assertEquals("veranstaltung.ics", received.attachments().get(0).name());
        assertTrue(new String(received.attachments().get(0).content(), StandardCharsets.UTF_8).contains("BEGIN:VCALENDAR"));
        assertEquals(1, TestInfra.count("select count(*) from mail_outbox where id = ?::uuid", mailId.toString()));

        // The person's export lists it.
        given().auth().oauth2(TestInfra.tokenForNewPerson("admin")).get(Fixtures.STAFF + "/" + id + "/export").then().statusCode(200)
                .body("mails.find { it.subject == '" + subject + "' }.template", is("registration-confirmed"));
    }

    @Test
    void withoutAConfirmedAddressTheMailIsRefused() {
        String pending = given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON)
                .body(Fixtures.registration("Paul Unbestätigt", Fixtures.uniqueEmail(), false))
                .post(Fixtures.ME).then().statusCode(201).extract().path("id");
        given().auth().oauth2(serviceToken()).contentType(ContentType.JSON).body(mail(UUID.randomUUID(), "Unbestätigt"))
                .post(mails(pending)).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(serviceToken()).contentType(ContentType.JSON).body(mail(UUID.randomUUID(), "Niemand"))
                .post(mails(UUID.randomUUID().toString())).then().statusCode(404).contentType(PROBLEM);

        String erased = Fixtures.activeAmbassador("gone-" + UUID.randomUUID(), Fixtures.registration("Gisela Gelöscht", Fixtures.uniqueEmail(), false));
        given().auth().oauth2(TestInfra.tokenForNewPerson("admin")).delete(Fixtures.STAFF + "/" + erased).then().statusCode(204);
        given().auth().oauth2(serviceToken()).contentType(ContentType.JSON).body(mail(UUID.randomUUID(), "Gelöscht"))
                .post(mails(erased)).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aMalformedMailIsA400() {
        String id = Fixtures.activeAmbassador("malformed-" + UUID.randomUUID(), Fixtures.registration("Mona Murks", Fixtures.uniqueEmail(), false));
        Map<String, Object> badAttachment = mail(UUID.randomUUID(), "Kaputter Anhang");
        badAttachment.put("attachments", List.of(Map.of("name", "x.ics", "contentType", "text/calendar", "content", "kein base64!")));
        given().auth().oauth2(serviceToken()).contentType(ContentType.JSON).body(badAttachment).post(mails(id))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", is("attachments"));

        Map<String, Object> twoLines = mail(UUID.randomUUID(), "Betreff\r\nBcc: jemand@example.org");
        given().auth().oauth2(serviceToken()).contentType(ContentType.JSON).body(twoLines).post(mails(id))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", is("subject"));
    }

    static String mails(String participantId) {
        return "/api/participants/internal/participants/" + participantId + "/mails";
    }

    /** A mail as a service's relay hands it over ({@code ForwardedMail}): rendered, with an attachment, without an address. */
    static Map<String, Object> mail(UUID id, String subject) {
        Map<String, Object> mail = new HashMap<>();
        mail.put("id", id.toString());
        mail.put("template", "registration-confirmed");
        mail.put("subject", subject);
        mail.put("text", "Hallo Moritz,\n\nSie sind angemeldet.\n");
        mail.put("html", null);
        mail.put("attachments", List.of(Map.of("name", "veranstaltung.ics", "contentType", "text/calendar; charset=UTF-8",
                "content", Base64.getEncoder().encodeToString(CALENDAR.getBytes(StandardCharsets.UTF_8)))));
        return mail;
    }

    static String serviceToken() {
        return ServiceProcess.serviceToken(TestInfra.keys(), "service-workshops");
    }
}
