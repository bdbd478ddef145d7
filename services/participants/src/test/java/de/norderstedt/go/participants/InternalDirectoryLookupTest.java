package de.norderstedt.go.participants;

import de.norderstedt.go.platform.infra.ServiceProcess;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lookup other services use to learn who is behind a token: only with the role service, and
 * it answers only what they keep — never e-mail, phone, district or age group.
 */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class InternalDirectoryLookupTest {

    private static final String LOOKUP = "/api/participants/internal/directory";

    @Test
    void aServiceLearnsIdStatusPublicNameAndRolesAndNothingPersonal() {
        String subject = "lookup-" + UUID.randomUUID();
        String id = Fixtures.activeAmbassador(subject, "Jana Lookup", true);
        given().auth().oauth2(TestInfra.token("admin-" + UUID.randomUUID(), "admin"))
                .put(Fixtures.STAFF + "/" + id + "/roles/moderator").then().statusCode(200);

        Map<String, Object> entry = given().auth().oauth2(serviceToken()).queryParam("subject", subject).get(LOOKUP)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("participantId", is(id)).body("status", is("ACTIVE")).body("displayName", is("Jana Lookup"))
                .body("roles", containsInAnyOrder("moderator"))
                .extract().as(Map.class);
        assertEquals(Set.of("participantId", "status", "displayName", "roles"), entry.keySet(), "no other field crosses");

        String hidden = "hidden-" + UUID.randomUUID();
        Fixtures.activeAmbassador(hidden, "Versteckte Person", false);
        given().auth().oauth2(serviceToken()).queryParam("subject", hidden).get(LOOKUP).then().statusCode(200)
                .body("displayName", nullValue());
        given().auth().oauth2(serviceToken()).queryParam("subject", "nobody-" + UUID.randomUUID()).get(LOOKUP)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(serviceToken()).get(LOOKUP).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(serviceToken()).queryParam("subject", "a\u0000b").get(LOOKUP).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("subject"));
    }

    @Test
    void onlyTheServiceRoleMayAsk() {
        String subject = "asker-" + UUID.randomUUID();
        Fixtures.activeAmbassador(subject, "Neugierige Person", true);
        given().queryParam("subject", subject).get(LOOKUP).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestInfra.token(subject)).queryParam("subject", subject).get(LOOKUP).then().statusCode(403);
        for (String role : new String[] {"admin", "programme-lead", "core-team", "moderator"}) {
            given().auth().oauth2(TestInfra.token("staff-" + UUID.randomUUID(), role)).queryParam("subject", subject).get(LOOKUP)
                    .then().statusCode(403);
        }
    }

    private static String serviceToken() {
        return ServiceProcess.serviceToken(TestInfra.keys(), "service-ideas");
    }
}
