package de.norderstedt.go.gateway;

import de.norderstedt.go.platform.infra.DevKeys;
import de.norderstedt.go.platform.infra.DevTokens;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway in front of the four real services (their jars), against real PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(value = GoTestResource.class,
        initArgs = @ResourceArg(name = GoTestResource.SERVICES, value = "participants,ideas,workshops,roadmap"))
class GatewayTest {

    @TestHTTPResource("/")
    URL gateway;

    /** Health on the management interface. */
    static final String health = EdgeTest.management("/q/health/ready");

    @Test
    void everyPrefixReachesItsServiceWithStatusBodyHeadersAndQueryKept() {
        given().get("/api/participants/ambassadors").then().statusCode(200).contentType(ContentType.JSON);
        given().get("/api/ideas").then().statusCode(200).contentType(ContentType.JSON);
        given().get("/api/workshops").then().statusCode(200).contentType(ContentType.JSON);
        given().get("/api/roadmap/phases").then().statusCode(200).body("items.key", hasItem("PHASE_III"));

        // A write with a body: status, body and Location (the gateway's public URL, not the service) come back.
        String core = TestInfra.tokenForNewPerson("core-team");
        String location = given().auth().oauth2(core).contentType(ContentType.JSON)
                .body(Map.of("title", "Über das Gateway definiert", "actionField", "LIVING"))
                .post("/api/roadmap/goals").then().statusCode(201).body("title", is("Über das Gateway definiert"))
                .header("Location", startsWith("http://localhost:8080/api/roadmap/goals/"))
                .extract().header("Location");
        given().get(java.net.URI.create(location).getPath()).then().statusCode(200).body("actionFieldLabel", is("In Norderstedt leben"));

        // The query string reaches the service; its problem documents come back unchanged.
        given().get("/api/roadmap/goals?actionField=NOWHERE").then().statusCode(400)
                .contentType("application/problem+json").body("type", is("urn:norderstedt-go:problem:validation"));
        given().get("/api/roadmap/goals?actionField=LIVING&limit=100").then().statusCode(200)
                .body("items.title", hasItem("Über das Gateway definiert"));
        given().get("/api/roadmap/versions/9.9").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/roadmap/goals").then().statusCode(401)
                .contentType("application/problem+json");
        // Downloads keep their type and disposition.
        given().get("/api/workshops/calendar.ics").then().statusCode(200).contentType(containsString("text/calendar"));

        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRequestIdIsAcceptedOrCreatedAndReturned() {
        String id = "website-" + System.nanoTime();
        given().header("X-Request-Id", id).get("/api/roadmap/phases").then().statusCode(200)
                .header("X-Request-Id", id);
        // Forwarded: the service's access log has it too.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TestInfra.serviceLog("roadmap").contains(id + " \"GET /api/roadmap/phases"));
        given().get("/api/roadmap/phases").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "not acceptable\u00e4 at all").get("/api/roadmap/phases").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void invalidTokensAreRejectedAtTheDoor() {
        DevKeys keys = TestInfra.keys();
        String valid = new DevTokens(keys).mint("door-test", "core-team");
        given().auth().oauth2(valid).get("/api/roadmap/versions").then().statusCode(200);

        String expired = Jwt.issuer(DevTokens.ISSUER).audience(DevTokens.AUDIENCE).subject("late").issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(keys.privateKey());
        String wrongIssuer = Jwt.issuer("https://evil.example/").audience(DevTokens.AUDIENCE).subject("x").expiresIn(600).sign(keys.privateKey());
        String wrongAudience = Jwt.issuer(DevTokens.ISSUER).audience("another-api").subject("x").expiresIn(600).sign(keys.privateKey());
        String otherKey = Jwt.issuer(DevTokens.ISSUER).audience(DevTokens.AUDIENCE).subject("x").expiresIn(600)
                .sign(DevKeys.generate().privateKey());
        String hmac = Jwt.issuer(DevTokens.ISSUER).audience(DevTokens.AUDIENCE).subject("x").expiresIn(600)
                .signWithSecret("0123456789abcdef0123456789abcdef0123456789abcdef");
        String unsigned = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64("{\"iss\":\"" + DevTokens.ISSUER + "\",\"aud\":\""
                + DevTokens.AUDIENCE + "\",\"sub\":\"x\",\"groups\":[\"programme-lead\"],\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}") + ".";
        for (String token : List.of(expired, wrongIssuer, wrongAudience, otherKey, hmac, unsigned, "not-a-jwt")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", "x", "actionField", "LIVING"))
                    .post("/api/roadmap/goals").then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"))
                    .body("detail", containsString("rejected at the gateway"));
        }
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/roadmap/phases").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void corsAllowsTheConfiguredWebsiteOriginsOnly() {
        given().header("Origin", "https://www.norderstedt.de").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/ideas").then()
                .header("Access-Control-Allow-Origin", "https://www.norderstedt.de")
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", "https://www.norderstedt.de").get("/api/roadmap/phases").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://www.norderstedt.de")
                .header("Access-Control-Expose-Headers", containsString("Location"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/ideas").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/api/roadmap/phases").then()
                .statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void publicWritesArePerClientRateLimitedWith429AndRetryAfter() {
        // The test profile allows 3 public writes per minute and client.
        String person = TestInfra.tokenForNewPerson();
        Map<String, Object> registration = Map.of("displayName", "Rita Rate", "email", "rita.rate@example.org",
                "motivation", "Mitmachen", "acceptCodeOfCooperation", true);
        for (int i = 0; i < 3; i++) {
            int status = given().auth().oauth2(person).contentType(ContentType.JSON).body(registration)
                    .post("/api/participants/me").then().extract().statusCode();
            assertTrue(status != 429, "request " + (i + 1) + " is within the limit");
        }
        given().auth().oauth2(person).contentType(ContentType.JSON).body(registration).post("/api/participants/me").then()
                .statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", is("urn:norderstedt-go:problem:too-many-requests"));
        // Another person is not affected, and reads are never limited.
        given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/participants/me").then().statusCode(not(429));
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(person).get("/api/roadmap/phases").then().statusCode(200);
        }
    }

    @Test
    void aStoppedServiceAnswers503QuicklyWhileTheOthersWork() {
        TestInfra.stopService("roadmap");
        try {
            long start = System.nanoTime();
            given().get("/api/roadmap/phases").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("detail", containsString("roadmap"));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "no hanging client");
            given().get("/api/workshops").then().statusCode(200);
            given().get("/api/participants/ambassadors").then().statusCode(200);
            given().get(health).then().statusCode(200)
                    .body("checks.find { it.name == 'services' }.data.roadmap", startsWith("DOWN"))
                    .body("checks.find { it.name == 'services' }.data.workshops", is("UP"));
        } finally {
            TestInfra.startService("roadmap");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/roadmap/phases").then().statusCode(200));
        given().get(health).then().body("checks.find { it.name == 'services' }.data.roadmap", is("UP"));
    }

    @Test
    void oneValidOpenApiDocumentDescribesEveryServiceUnderItsPrefix() {
        String json = given().get("/openapi.json").then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), "valid OpenAPI");
        OpenAPI api = result.getOpenAPI();
        assertEquals("3.1.0", api.getOpenapi());
        Set<String> paths = api.getPaths().keySet();
        for (String path : List.of("/api/participants/me", "/api/ideas", "/api/ideas/{id}/comments", "/api/workshops",
                "/api/workshops/{id}/guest-registrations", "/api/roadmap/versions", "/api/roadmap/versions/{label}/open-data/measures.csv")) {
            assertTrue(paths.contains(path), path + " is in the merged document");
        }
        assertTrue(paths.stream().allMatch(p -> p.matches("/api/(participants|ideas|workshops|roadmap)(/.*)?")), "only gateway prefixes");

        // Every reference resolves, every operation id is unique, every tag names its service.
        Matcher refs = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"").matcher(json);
        while (refs.find()) {
            assertTrue(api.getComponents().getSchemas().containsKey(refs.group(1)), "schema " + refs.group(1) + " exists");
        }
        List<String> operationIds = new ArrayList<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            if (op.getOperationId() != null) {
                operationIds.add(op.getOperationId());
            }
            assertTrue(op.getTags().get(0).matches("(participants|ideas|workshops|roadmap)( · .*)?"), "tag " + op.getTags());
        }));
        assertEquals(operationIds.size(), new HashSet<>(operationIds).size(), "operation ids are unique");
        assertEquals("http://localhost:8080", api.getServers().get(0).getUrl(), "the gateway (go.gateway.public-url) is the server");

        given().get("/openapi.yaml").then().statusCode(200).body(containsString("openapi: 3.1.0"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
