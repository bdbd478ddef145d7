package de.norderstedt.go.gateway;

import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public edge as an attacker tries it: every public write counts against the limit however
 * its path is spelled; no spelling reaches a service's /internal; a forged X-Forwarded-For, Host or
 * Forwarded header gains nothing; metrics are not public; a guest's secret ends up in no log. The test profile allows 3 public writes per
 * minute and client, and trusts the test client as the city's ingress.
 */
@QuarkusTest
@WithTestResource(value = GoTestResource.class,
        initArgs = @ResourceArg(name = GoTestResource.SERVICES, value = "participants,ideas,workshops,roadmap"))
class EdgeTest {

    /** The management interface (its test port). */
    static String management(String path) {
        return "http://localhost:" + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001) + path;
    }

    /** One public write: method and path, and a body the service would take (or refuse — the limit counts first). */
    private record Write(String method, String path, Object body) {
    }

    private static final String SOME = "/00000000-0000-4000-8000-000000000001";

    private static final List<Write> PUBLIC_WRITES = List.of(
            new Write("POST", "/api/participants/me", Map.of()),
            new Write("PUT", "/api/participants/me", Map.of()),
            new Write("POST", "/api/participants/me/consents", Map.of("version", 1)),
            new Write("DELETE", "/api/participants/me", null),
            new Write("POST", "/api/ideas", Map.of()),
            new Write("PUT", "/api/ideas" + SOME, Map.of()),
            new Write("POST", "/api/ideas" + SOME + "/withdrawal", null),
            new Write("PUT", "/api/ideas" + SOME + "/support", null),
            new Write("DELETE", "/api/ideas" + SOME + "/support", null),
            new Write("POST", "/api/ideas" + SOME + "/comments", Map.of("body", "Gute Idee")),
            new Write("POST", "/api/ideas" + SOME + "/comments" + SOME + "/reports", Map.of("reason", "Werbung")),
            new Write("POST", "/api/workshops" + SOME + "/registrations", Map.of("mode", "ON_SITE")),
            new Write("DELETE", "/api/workshops" + SOME + "/registrations/mine", null),
            new Write("POST", "/api/workshops" + SOME + "/guest-registrations", Map.of()),
            new Write("DELETE", "/api/workshops/guest-registrations/mine", null),
            new Write("POST", "/api/workshops" + SOME + "/questions", Map.of("text", "Wann?", "channel", "ONLINE")),
            new Write("POST", "/api/workshops" + SOME + "/questions" + SOME + "/votes", Map.of()));

    private static int send(String token, Write write, String path) {
        // The paths are sent as written: RestAssured would otherwise encode the % of %2D once more.
        RequestSpecification request = given().urlEncodingEnabled(false).auth().oauth2(token);
        if (write.body() != null) {
            request.contentType(ContentType.JSON).body(write.body());
        }
        return request.request(write.method(), path).then().extract().statusCode();
    }

    @Test
    void everyPublicWriteCountsAgainstTheLimit() {
        for (Write write : PUBLIC_WRITES) {
            String person = TestInfra.tokenForNewPerson();
            for (int i = 0; i < 3; i++) {
                assertNotEquals(429, send(person, write, write.path()), write + " request " + (i + 1) + " is within the limit");
            }
            assertEquals(429, send(person, write, write.path()), write + ": the fourth in a minute is refused");
        }
    }

    @Test
    void noSpellingOfAPathSlipsPastTheLimit() {
        String id = UUID.randomUUID().toString();
        List<String> spellings = List.of(
                "/api/workshops/" + id + "/guest%2Dregistrations",
                "/api/workshops/" + id + "/guest%2dregistration%73",
                "/api/workshops/" + id + "/./guest-registrations",
                "/api/workshops/x/../" + id + "/guest-registrations",
                "/api/workshops/%2E%2E/workshops/" + id + "/guest-registrations",
                "/api/workshops/" + id + "/guest-registrations/");
        for (String spelling : spellings) {
            String person = TestInfra.tokenForNewPerson();
            Write write = new Write("POST", spelling, Map.of("name", "Gast", "email", "gast@example.org", "mode", "ON_SITE"));
            for (int i = 0; i < 3; i++) {
                assertNotEquals(429, send(person, write, "/api/workshops/" + id + "/guest-registrations"));
            }
            int status = send(person, write, spelling);
            assertEquals(429, status, spelling + " is the same endpoint and counts the same");
        }
        // The service sees the path the gateway routed on: 404 from the workshops service for an unknown workshop.
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(Map.of("name", "Gast", "email", "gast@example.org", "mode", "ON_SITE"))
                .auth().oauth2(TestInfra.tokenForNewPerson())
                .post("/api/workshops/" + id + "/guest%2Dregistrations").then().statusCode(404)
                .body("detail", containsString("Workshop"));
    }

    @Test
    void pathsThatMeanTwoThingsAreRefused() {
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (String path : List.of("/api/participants/..%2Finternal%2Fparticipants%2Fdirectory", "/api/ideas/x%5C..%5Cy",
                "/api/ideas/x;jsessionid=1/support", "/api/ideas/x%00")) {
            var response = given().urlEncodingEnabled(false).get(path);
            statuses.put(path, response.statusCode());
            if (response.statusCode() == 400) {
                response.then().contentType("application/problem+json").body("violations[0].field", is("path"));
            }
        }
        assertEquals(List.of(400), statuses.values().stream().distinct().toList(), statuses.toString());
        // What no HTTP library sends, sent byte by byte: a broken escape, a raw byte above 127 (U+0085 is a
        // line break to Java's regex '.'), a raw backslash, each also hiding a matrix parameter.
        String id = UUID.randomUUID().toString();
        for (String path : List.of("/api/ideas/%zz", "/api/ideas/" + id + "/support;\u0085", "/api/ideas/" + id + "/support\u00e4",
                "/api/ideas/" + id + "\\support")) {
            int status = raw("PUT", path);
            assertEquals(400, status, path + " is refused at the gateway");
        }
        // Dot segments cannot reach another service's /internal, nor leave the prefix to reach a service's /q.
        given().urlEncodingEnabled(false).get("/api/ideas/%2e%2e/participants/internal/directory?subject=x").then().statusCode(404)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/participants/%2e%2e/%2e%2e/q/metrics").then().statusCode(not(is(200)));
    }

    @Test
    void internalPathsAreRoutedNeitherHoweverSpelledNorDocumented() {
        String admin = TestInfra.tokenForNewPerson("admin");
        // The ideas service answers its operator there itself, directly ...
        given().auth().oauth2(admin).get(TestInfra.serviceUrl("ideas") + "/api/ideas/internal/dead-letters").then().statusCode(200);
        // ... the gateway refuses every spelling of it, whatever the token.
        List<String> spellings = List.of(
                "/api/ideas/internal/dead-letters",
                "/api/ideas/%69nternal/dead-letters",
                "/api/ideas/%69%6E%74%65%72%6E%61%6C/dead-letters",
                "/api/ideas/./internal/dead-letters",
                "/api/ideas//internal/dead-letters",
                "/api/ideas/x/../internal/dead-letters",
                "/api/ideas/%2e/internal/dead-letters",
                "/api/workshops/%2e%2e/ideas/internal/dead-letters",
                "/api/ideas/internal/dead-letters/",
                "/api/ideas/internal",
                "/api/participants/internal/directory?subject=" + UUID.randomUUID());
        List<String> requestIds = new ArrayList<>();
        for (String spelling : spellings) {
            String requestId = "internal-" + UUID.randomUUID();
            requestIds.add(requestId);
            given().urlEncodingEnabled(false).auth().oauth2(admin).header("X-Request-Id", requestId).get(spelling).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("type", is("urn:norderstedt-go:problem:not-found"));
        }
        String redrive = "internal-" + UUID.randomUUID();
        requestIds.add(redrive);
        given().urlEncodingEnabled(false).auth().oauth2(admin).header("X-Request-Id", redrive)
                .post("/api/ideas/%69nternal/dead-letters/redrive").then().statusCode(404).contentType("application/problem+json");

        // None of them reached a service: a request that is routed shows when each log has caught up.
        for (String[] routed : new String[][]{{"ideas", "/api/ideas"}, {"participants", "/api/participants/ambassadors"}}) {
            String control = "routed-" + UUID.randomUUID();
            given().header("X-Request-Id", control).get(routed[1]).then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TestInfra.serviceLog(routed[0]).contains(control));
        }
        String logs = TestInfra.serviceLog("ideas") + TestInfra.serviceLog("participants") + TestInfra.serviceLog("workshops");
        for (String requestId : requestIds) {
            assertFalse(logs.contains(requestId), requestId + " reached a service");
        }

        // The merged API document has no internal path, though the service's own document has them.
        String own = given().get(TestInfra.serviceUrl("ideas") + "/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertTrue(own.contains("/internal/dead-letters"), "the ideas service documents its dead letters");
        Map<String, Object> paths = given().get("/openapi.json").then().statusCode(200).extract().jsonPath().getMap("paths");
        assertTrue(paths.containsKey("/api/ideas/{id}/comments"), "the merged document has the ideas service's paths");
        assertEquals(List.of(), paths.keySet().stream().filter(p -> p.contains("/internal")).toList(), "internal paths in the merged document");
    }

    @Test
    void theClientAddressIsTheRightMostUntrustedForwardedFor() {
        // Behind the (trusted) ingress the client cannot choose its address by sending X-Forwarded-For itself:
        // the ingress appends the address it saw, and that one counts.
        String workshop = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            int status = given().header("X-Forwarded-For", "198.51.100." + i + ", 203.0.113.7").contentType(ContentType.JSON)
                    .body(Map.of()).post("/api/workshops/" + workshop + "/guest-registrations").then().extract().statusCode();
            assertNotEquals(429, status);
        }
        given().header("X-Forwarded-For", "198.51.100.99, 203.0.113.7").contentType(ContentType.JSON).body(Map.of())
                .post("/api/workshops/" + workshop + "/guest-registrations").then().statusCode(429);
        given().header("X-Forwarded-For", "198.51.100.99").header("X-Forwarded-For", "203.0.113.7").contentType(ContentType.JSON)
                .body(Map.of()).post("/api/workshops/" + workshop + "/guest-registrations").then().statusCode(429);
        // Another client behind the same ingress has a bucket of its own.
        given().header("X-Forwarded-For", "203.0.113.8").contentType(ContentType.JSON).body(Map.of())
                .post("/api/workshops/" + workshop + "/guest-registrations").then().statusCode(not(is(429)));
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        String workshop = UUID.randomUUID().toString();
        for (int i = 1; i <= 3; i++) {
            int status = given().header("X-Forwarded-For", "2001:db8:4:5::" + i).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/workshops/" + workshop + "/guest-registrations").then().extract().statusCode();
            assertNotEquals(429, status);
        }
        given().header("X-Forwarded-For", "2001:db8:4:5:ffff:1:2:3").contentType(ContentType.JSON).body(Map.of())
                .post("/api/workshops/" + workshop + "/guest-registrations").then().statusCode(429);
        given().header("X-Forwarded-For", "2001:db8:4:6::1").contentType(ContentType.JSON).body(Map.of())
                .post("/api/workshops/" + workshop + "/guest-registrations").then().statusCode(not(is(429)));
    }

    @Test
    void forgedForwardedHeadersDoNotPoisonLocation() {
        String core = TestInfra.tokenForNewPerson("core-team");
        String location = given().auth().oauth2(core).contentType(ContentType.JSON)
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "http").header("X-Forwarded-Port", "666")
                .header("Forwarded", "for=1.2.3.4;host=evil.example;proto=http").header("X-Forwarded-Prefix", "/evil")
                .header("Host", "evil.example")
                .body(Map.of("title", "Ziel mit sauberer Adresse", "actionField", "LIVING"))
                .post("/api/roadmap/goals").then().statusCode(201)
                .header("Location", startsWith("http://localhost:8080/api/roadmap/goals/")).extract().header("Location");
        assertFalse(location.contains("evil"), location);
    }

    @Test
    void metricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
        given().get(management("/q/metrics")).then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void aGuestSecretIsInNoLog() {
        List<String> gatewayLog = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (gatewayLog) {
                    gatewayLog.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger access = java.util.logging.Logger.getLogger("de.norderstedt.go.gateway.access");
        access.addHandler(capture);
        try {
            String staff = TestInfra.tokenForNewPerson("core-team");
            Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Bürgerdialog Garstedt", "type", "KICK_OFF", "format", "ON_SITE",
                    "venueName", "Rathaus", "startsAt", "2031-10-01T18:00:00+02:00", "endsAt", "2031-10-01T20:00:00+02:00",
                    "audience", "PUBLIC", "capacityOnSite", 10, "capacityOnline", 0));
            String workshop = given().auth().oauth2(staff).contentType(ContentType.JSON).body(body).post("/api/workshops").then()
                    .statusCode(201).extract().path("id");
            for (String status : List.of("PUBLISHED", "REGISTRATION_OPEN")) {
                given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("status", status))
                        .post("/api/workshops/" + workshop + "/status").then().statusCode(200);
            }
            String secret = given().auth().oauth2(TestInfra.tokenForNewPerson()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Gisela Geheim", "email", "gisela.geheim@example.org", "mode", "ON_SITE"))
                    .post("/api/workshops/" + workshop + "/guest-registrations").then().statusCode(201).extract().path("cancelToken");
            given().header("Guest-Token", secret).get("/api/workshops/guest-registrations/mine").then().statusCode(200)
                    .body("name", is("Gisela Geheim"));
            given().header("Guest-Token", secret).delete("/api/workshops/guest-registrations/mine").then().statusCode(200);

            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                    TestInfra.serviceLog("workshops").contains("\"DELETE /api/workshops/guest-registrations/mine"));
            synchronized (gatewayLog) {
                assertTrue(gatewayLog.stream().anyMatch(l -> l.contains("/api/workshops/guest-registrations/mine")), "the request is logged");
                assertTrue(gatewayLog.stream().noneMatch(l -> l.contains(secret)), "not the secret");
            }
            assertFalse(TestInfra.serviceLog("workshops").contains(secret), "the workshops log has no guest secret");
        } finally {
            access.removeHandler(capture);
        }
    }

    /** Sends a request line with the path as ISO-8859-1 bytes, as is, and returns the status. */
    private static int raw(String method, String path) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
