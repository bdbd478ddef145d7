package de.norderstedt.go.participants;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestMail;
import de.norderstedt.go.platform.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@WithTestResource(GoTestResource.class)
class RegistrationFlowTest {

    @Test
    void registerConfirmAndAcceptCodeMakesAnActiveAmbassadorAndPublishesTheEventsInOrder() {
        String subject = "kim-" + UUID.randomUUID();
        String token = TestInfra.token(subject);
        String email = Fixtures.uniqueEmail();

        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration("Kim Beispiel", email, true))
                .post(Fixtures.ME)
                .then().statusCode(201)
                .header("Location", endsWith("/api/participants/me"))
                .body("status", is("PENDING"))
                .body("email", nullValue())
                .body("pendingEmail", is(email))
                .body("emailVerified", is(false))
                .body("registrationChannel", is("WEBSITE"))
                .extract().path("id");

        // Not yet in the public directory: pending people are not ambassadors yet.
        given().get(Fixtures.AMBASSADORS + "/" + id).then().statusCode(404);

        Fixtures.verify(Fixtures.verificationToken(email)).statusCode(200)
                .body("id", is(id)).body("email", is(email)).body("emailVerified", is(true)).body("status", is("PENDING"));

        int version = Fixtures.currentCodeVersion();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version))
                .post(Fixtures.ME + "/consents")
                .then().statusCode(200)
                .body("status", is("ACTIVE"))
                .body("acceptedCodeVersion", is(version));

        given().get(Fixtures.AMBASSADORS + "/" + id)
                .then().statusCode(200)
                .body("displayName", is("Kim Beispiel"))
                .body("email", nullValue())
                .body("district", nullValue());
        given().get(Fixtures.AMBASSADORS + "?actionField=LIVING&limit=100")
                .then().statusCode(200).body("items.id", hasItem(id));

        List<TopicReader.Event> events = TopicReader.awaitTypes(Topics.PARTICIPANTS, id,
                ParticipantEvents.REGISTERED.type(), ParticipantEvents.CONSENT_ACCEPTED.type(), ParticipantEvents.ACTIVATED.type());
        assertEquals(List.of(ParticipantEvents.REGISTERED.type(), ParticipantEvents.CONSENT_ACCEPTED.type(),
                ParticipantEvents.ACTIVATED.type()), events.stream().map(TopicReader.Event::type).distinct().toList());
        for (TopicReader.Event event : events) {
            assertEquals("1.0", event.cloudEvent().path("specversion").asText());
            assertEquals(id, event.cloudEvent().path("subject").asText());
            assertEquals("/norderstedt-go/participants", event.cloudEvent().path("source").asText());
            String json = event.cloudEvent().toString();
            assertFalse(json.contains(email), "e-mail in " + json);
            assertFalse(json.contains("5550123"), "phone in " + json);
            assertFalse(json.contains("GARSTEDT"), "district in " + json);
            assertFalse(json.contains("AGE_30_TO_44"), "age group in " + json);
        }
        assertEquals("Kim Beispiel", events.get(0).data().path("participant").path("displayName").asText());
    }

    @Test
    void aNameThatIsNotPublicNeverLeavesTheService() {
        String token = TestInfra.tokenForNewPerson();
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration("Privat Person", Fixtures.uniqueEmail(), false))
                .post(Fixtures.ME).then().statusCode(201).extract().path("id");
        Fixtures.confirmAddressByStaff(id);

        List<TopicReader.Event> events = TopicReader.awaitTypes(Topics.PARTICIPANTS, id, ParticipantEvents.REGISTERED.type());
        assertFalse(events.get(0).cloudEvent().toString().contains("Privat Person"));
        given().get(Fixtures.AMBASSADORS + "/" + id).then().statusCode(404);
    }

    @Test
    void theSameAccountCannotRegisterTwiceButATakenAddressIsNoConflict() {
        String token = TestInfra.tokenForNewPerson();
        String email = Fixtures.uniqueEmail();
        String first = given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.registration("Erst Mal", email, false))
                .post(Fixtures.ME).then().statusCode(201).extract().path("id");
        Fixtures.confirmAddressByStaff(first);

        // The caller's own account: registered already.
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.registration("Noch Mal", Fixtures.uniqueEmail(), false))
                .post(Fixtures.ME).then().statusCode(409).contentType("application/problem+json")
                .body("type", is("urn:norderstedt-go:problem:conflict"));
        // Someone else's address: registered like any other, only pending, and the address's owner is told.
        given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON)
                .body(Fixtures.registration("Andere Person", email.toUpperCase(), false))
                .post(Fixtures.ME).then().statusCode(201)
                .body("email", nullValue()).body("pendingEmail", is(email)).body("emailVerified", is(false));
        TestMail.awaitOne(email, Fixtures.ADDRESS_IN_USE_SUBJECT);
        assertEquals(1, TestInfra.count("select count(*) from participant where email = ?", email));
    }
}
