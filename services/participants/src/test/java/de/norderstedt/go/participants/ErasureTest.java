package de.norderstedt.go.participants;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@WithTestResource(GoTestResource.class)
class ErasureTest {

    @Test
    void aPersonExportsThenErasesThemselvesAndNothingPersonalRemains() {
        String subject = "erase-" + UUID.randomUUID();
        String token = TestInfra.token(subject);
        String email = Fixtures.uniqueEmail();
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration("Ella Löschen", email, true))
                .post(Fixtures.ME).then().statusCode(201).extract().path("id");
        Fixtures.verify(Fixtures.verificationToken(email)).statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", Fixtures.currentCodeVersion()))
                .post(Fixtures.ME + "/consents").then().statusCode(200);
        TopicReader.awaitTypes(Topics.PARTICIPANTS, id, ParticipantEvents.ACTIVATED.type());
        // A change of address begun and not finished: a pending address and its link.
        String changed = Fixtures.uniqueEmail();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.registration("Ella Löschen", changed, true))
                .put(Fixtures.ME).then().statusCode(200).body("pendingEmail", is(changed));
        Fixtures.verificationToken(changed);

        // The one export: the registration, the consent, and the mail that confirmed the address.
        given().auth().oauth2(token).get(Fixtures.ME + "/export").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .body("profile.email", is(email))
                .body("profile.district", is("GARSTEDT"))
                .body("consents", hasSize(1))
                .body("mails.template", hasItem("verify-email"));

        given().auth().oauth2(token).delete(Fixtures.ME).then().statusCode(204);
        assertEquals(0, TestInfra.count("select count(*) from mail_outbox where recipient_address in (?, ?)", email, changed),
                "the mails to the person's addresses are gone");
        assertEquals(0, TestInfra.count("select count(*) from email_verification where participant_id = ?::uuid", id));

        Map<String, Object> row = TestInfra.query("select * from participant where id = ?::uuid", id).get(0);
        assertEquals("ERASED", row.get("status"));
        for (String column : List.of("subject", "display_name", "email", "pending_email", "email_verified_by", "phone",
                "organisation_name", "district", "age_group", "motivation", "background")) {
            assertNull(row.get(column), column + " still holds data");
        }
        assertEquals(0, TestInfra.count("select count(*) from participant_interest where participant_id = ?::uuid", id));
        assertEquals(0, TestInfra.count("select count(*) from participant where email = ?", email));
        assertEquals(0, TestInfra.count(
                "select count(*) from outbox_event where payload::text like ? or payload::text like ?", "%Ella Löschen%", "%" + email + "%"));

        // The account is gone: the token finds nothing, the directory neither.
        given().auth().oauth2(token).get(Fixtures.ME).then().statusCode(404);
        given().get(Fixtures.AMBASSADORS + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestInfra.tokenForNewPerson("admin")).get(Fixtures.STAFF + "/" + id + "/export")
                .then().statusCode(200)
                .body("profile.status", is("ERASED"))
                .body("profile.email", nullValue())
                .body("profile.displayName", nullValue())
                .body("profile.phone", nullValue())
                .body("profile.district", nullValue())
                .body("profile.ageGroup", nullValue())
                .body("profile.motivation", nullValue());

        List<TopicReader.Event> events = TopicReader.await(Topics.PARTICIPANTS, id, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(e -> e.type().equals(ParticipantEvents.ERASED.type())));
        TopicReader.Event erased = events.stream().filter(e -> e.type().equals(ParticipantEvents.ERASED.type())).findFirst().orElseThrow();
        assertEquals(id, erased.data().path("participantId").asText());
        assertFalse(erased.cloudEvent().toString().contains("Ella"));

        // The e-mail address is free again: the person may come back as someone new.
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration("Ella Neu", email, false))
                .post(Fixtures.ME).then().statusCode(201);
        assertEquals(1, TestInfra.count("select count(*) from email_verification where address = ?", email),
                "a free address gets a confirmation link");
    }

    @Test
    void anAdminErasesOnRequestAndTheTombstoneCannotBeChanged() {
        String admin = TestInfra.tokenForNewPerson("admin");
        String id = given().auth().oauth2(TestInfra.tokenForNewPerson("core-team")).contentType(ContentType.JSON)
                .body(Fixtures.registration("Brief Schreiber", Fixtures.uniqueEmail(), false))
                .post(Fixtures.STAFF).then().statusCode(201).extract().path("id");

        given().auth().oauth2(admin).delete(Fixtures.STAFF + "/" + id).then().statusCode(204);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Fixtures.registration("Wieder Da", Fixtures.uniqueEmail(), false))
                .put(Fixtures.STAFF + "/" + id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(admin).put(Fixtures.STAFF + "/" + id + "/roles/moderator").then().statusCode(409);
        given().auth().oauth2(admin).delete(Fixtures.STAFF + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
