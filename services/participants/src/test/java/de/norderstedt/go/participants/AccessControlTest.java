package de.norderstedt.go.participants;

import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Anonymous, an ambassador, another ambassador, core team, programme lead and admin: each gets exactly their share. */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class AccessControlTest {

    private static final String PROBLEM = "application/problem+json";

    private String aliceSubject;
    private String alice;
    private String aliceEmail;
    private String bob;
    private String bobEmail;

    @BeforeEach
    void twoAmbassadors() {
        aliceSubject = "alice-" + UUID.randomUUID();
        aliceEmail = Fixtures.uniqueEmail();
        alice = Fixtures.activeAmbassador(aliceSubject, Fixtures.registration("Alice Anders", aliceEmail, true));
        String bobSubject = "bob-" + UUID.randomUUID();
        bobEmail = Fixtures.uniqueEmail();
        bob = Fixtures.activeAmbassador(bobSubject, Fixtures.registration("Bob Berger", bobEmail, true));
    }

    @Test
    void anonymousReadsOnlyPublicThings() {
        given().get(Fixtures.ME).then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        given().get(Fixtures.STAFF).then().statusCode(401).contentType(PROBLEM);
        given().get(Fixtures.STAFF + "/" + bob).then().statusCode(401);
        given().get("/api/participants/statistics").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Fixtures.registration("Anon Ym", Fixtures.uniqueEmail(), true))
                .post(Fixtures.ME).then().statusCode(401);

        String bobsProfile = given().get(Fixtures.AMBASSADORS + "/" + bob).then().statusCode(200)
                .body("id", is(bob)).body("displayName", is("Bob Berger")).body("email", nullValue()).body("phone", nullValue())
                .extract().asString();
        assertFalse(bobsProfile.contains(bobEmail), bobsProfile);
        assertFalse(bobsProfile.contains("5550123"), bobsProfile);
        given().get(Fixtures.CODE).then().statusCode(200);
        given().get("/api/participants/contacts").then().statusCode(200);
    }

    @Test
    void aForgedOrExpiredTokenIsRejected() {
        given().auth().oauth2("not.a.token").get(Fixtures.ME).then().statusCode(401).contentType(PROBLEM);
        String foreign = new de.norderstedt.go.platform.infra.DevTokens(de.norderstedt.go.platform.infra.DevKeys.generate())
                .mint(aliceSubject, "admin");
        given().auth().oauth2(foreign).get(Fixtures.STAFF + "/" + bob).then().statusCode(401);
        String expired = new de.norderstedt.go.platform.infra.DevTokens(TestInfra.keys())
                .mint(aliceSubject, java.time.Duration.ofSeconds(-120), "admin");
        given().auth().oauth2(expired).get(Fixtures.STAFF + "/" + bob).then().statusCode(401);
    }

    @Test
    void anAmbassadorSeesOnlyTheirOwnPrivateData() {
        String token = TestInfra.token(aliceSubject);
        // Alice's own record, with her own e-mail, and Bob's address nowhere in it.
        String own = given().auth().oauth2(token).get(Fixtures.ME).then().statusCode(200)
                .body("id", is(alice)).body("displayName", is("Alice Anders")).body("email", is(aliceEmail))
                .extract().asString();
        assertFalse(own.contains(bobEmail), own);

        given().auth().oauth2(token).get(Fixtures.STAFF + "/" + bob).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(token).get(Fixtures.STAFF).then().statusCode(403);
        given().auth().oauth2(token).get(Fixtures.STAFF + "/" + bob + "/export").then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration("Bob Übernommen", Fixtures.uniqueEmail(), true))
                .put(Fixtures.STAFF + "/" + bob).then().statusCode(403);
        given().auth().oauth2(token).delete(Fixtures.STAFF + "/" + bob).then().statusCode(403);
        given().auth().oauth2(token).put(Fixtures.STAFF + "/" + alice + "/roles/admin").then().statusCode(403);
        given().auth().oauth2(token).get("/api/participants/statistics").then().statusCode(403);

        given().get(Fixtures.AMBASSADORS + "/" + bob).then().statusCode(200).body("displayName", is("Bob Berger"));
        given().auth().oauth2(TestInfra.token("bob-unknown")).get(Fixtures.STAFF + "/" + bob).then().statusCode(403);
    }

    @Test
    void coreTeamReadsAndEntersRegistrationsButCannotEraseOrGrant() {
        String token = TestInfra.tokenForNewPerson("core-team");
        given().auth().oauth2(token).get(Fixtures.STAFF + "/" + bob).then().statusCode(200).body("email", is(bobEmail));
        given().auth().oauth2(token).get(Fixtures.STAFF + "?limit=100").then().statusCode(200).body("items.id", hasItem(bob));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.registration("Direkt Kontakt", Fixtures.uniqueEmail(), false))
                .post(Fixtures.STAFF).then().statusCode(201)
                .body("registrationChannel", is("DIRECT_CONTACT")).body("hasAccount", is(false));
        given().auth().oauth2(token).delete(Fixtures.STAFF + "/" + bob).then().statusCode(403);
        given().auth().oauth2(token).put(Fixtures.STAFF + "/" + alice + "/roles/moderator").then().statusCode(403);
        given().auth().oauth2(token).get("/api/participants/statistics").then().statusCode(403);
    }

    @Test
    void programmeLeadSeesStatistics() {
        given().auth().oauth2(TestInfra.tokenForNewPerson("programme-lead")).get("/api/participants/statistics")
                .then().statusCode(200).body("minimumCellSize", is(5));
    }

    @Test
    void aRoleGrantedByAnAdminTakesEffectWithoutANewToken() {
        String aliceToken = TestInfra.token(aliceSubject);
        String admin = TestInfra.tokenForNewPerson("admin");
        given().auth().oauth2(aliceToken).get(Fixtures.STAFF + "/" + bob).then().statusCode(403);

        given().auth().oauth2(admin).put(Fixtures.STAFF + "/" + alice + "/roles/core-team")
                .then().statusCode(200).body("roles", hasItem("core-team"));
        given().auth().oauth2(aliceToken).get(Fixtures.STAFF + "/" + bob).then().statusCode(200);

        given().auth().oauth2(admin).delete(Fixtures.STAFF + "/" + alice + "/roles/core-team")
                .then().statusCode(200).body("roles", not(hasItem("core-team")));
        given().auth().oauth2(aliceToken).get(Fixtures.STAFF + "/" + bob).then().statusCode(403);
    }

    @Test
    void aPausedPersonExercisesNoGrantedRole() {
        String subject = "pause-" + java.util.UUID.randomUUID();
        String id = Fixtures.activeAmbassador(subject, "Petra Pausiert", false);
        String token = TestInfra.token(subject);
        String admin = TestInfra.tokenForNewPerson("admin");
        given().auth().oauth2(admin).put(Fixtures.STAFF + "/" + id + "/roles/core-team").then().statusCode(200);
        given().auth().oauth2(token).get(Fixtures.STAFF + "/" + bob).then().statusCode(200);

        given().auth().oauth2(TestInfra.tokenForNewPerson("programme-lead")).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("status", "INACTIVE")).put(Fixtures.STAFF + "/" + id + "/status").then().statusCode(200);
        given().auth().oauth2(token).get(Fixtures.STAFF + "/" + bob).then().statusCode(403);
        given().auth().oauth2(admin).get(Fixtures.STAFF + "/" + id).then().statusCode(200).body("roles", hasItem("core-team"));
    }
}
