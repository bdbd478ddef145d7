package de.norderstedt.go.participants;

import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.platform.testing.TestInfra;
import de.norderstedt.go.platform.testing.TestMail;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

/** Requests the tests send, with invented people (never real names). */
final class Fixtures {

    static final String ME = "/api/participants/me";
    static final String STAFF = "/api/participants/participants";
    static final String AMBASSADORS = "/api/participants/ambassadors";
    static final String CODE = "/api/participants/code-of-cooperation";
    static final String VERIFICATIONS = "/api/participants/verifications";

    /** What the subjects of this service's mails contain. */
    static final String VERIFY_SUBJECT = "Bitte bestätigen Sie Ihre E-Mail-Adresse";
    static final String ADDRESS_IN_USE_SUBJECT = "Ihre E-Mail-Adresse wurde bei Norderstedt GO! angegeben";
    static final String NEW_CODE_SUBJECT = "Neue Grundsätze der Zusammenarbeit";

    private Fixtures() {
    }

    static String uniqueEmail() {
        return "person-" + UUID.randomUUID() + "@example.org";
    }

    /** A complete, valid registration with personal data in every personal field. */
    static Map<String, Object> registration(String displayName, String email, boolean displayNamePublic) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        body.put("email", email);
        body.put("phone", "+49 40 5550123");
        body.put("type", "CITIZEN");
        body.put("district", "GARSTEDT");
        body.put("ageGroup", "AGE_30_TO_44");
        body.put("motivation", "Ich möchte Norderstedt digital voranbringen.");
        body.put("background", "Verwaltungsfachwirtin");
        body.put("interests", List.of("LIVING", "WORKING_WITH"));
        body.put("displayNamePublic", displayNamePublic);
        return body;
    }

    static int currentCodeVersion() {
        return given().get(CODE).then().statusCode(200).extract().path("version");
    }

    /** A person registers with their own account and accepts the code: returns their id. */
    static String activeAmbassador(String subject, String displayName, boolean displayNamePublic) {
        return activeAmbassador(subject, registration(displayName, uniqueEmail(), displayNamePublic));
    }

    /**
     * A person registers with their own account, telling {@code registration}, the programme team
     * confirms the address (as after direct contact; the mail-flow tests use the link instead), and
     * the person accepts the code: returns their id.
     */
    static String activeAmbassador(String subject, Map<String, Object> registration) {
        String token = TestInfra.token(subject);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(registration)
                .post(ME).then().statusCode(201).extract().path("id");
        confirmAddressByStaff(id);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("version", currentCodeVersion()))
                .post(ME + "/consents").then().statusCode(200).body("status", is("ACTIVE"));
        return id;
    }

    /** The staff path that confirms a participant's address. */
    static String staffVerification(String id) {
        return STAFF + "/" + id + "/email-verification";
    }

    /** The core team confirms the participant's (pending) address. */
    static void confirmAddressByStaff(String id) {
        given().auth().oauth2(TestInfra.token("staff-" + UUID.randomUUID(), Roles.CORE_TEAM))
                .post(staffVerification(id)).then().statusCode(200).body("emailVerified", is(true));
    }

    /** The token of the confirmation link that arrived at {@code address}. */
    static String verificationToken(String address) {
        TestMail.Received mail = TestMail.awaitOne(address, VERIFY_SUBJECT);
        mail.link("/e-mail-bestaetigen#token=");
        return mail.linkParameter("token");
    }

    /** The person opens the link: POST of its token, as the website's confirmation page does. */
    static io.restassured.response.ValidatableResponse verify(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token)).post(VERIFICATIONS).then();
    }
}
