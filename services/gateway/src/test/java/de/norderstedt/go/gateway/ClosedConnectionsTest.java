package de.norderstedt.go.gateway;

import de.norderstedt.go.platform.testing.GoTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Services that close idle connections after two seconds, and a gateway that would keep them
 * pooled for four: every burst after a pause meets connections the service is closing. The gateway
 * sends such an idempotent request once more on another connection, so no client sees a 503 while
 * every service is up. (In production the gateway's keep-alive, 30 s, is shorter than the
 * services' idle timeout, 60 s, and the retry is the second line.)
 */
@QuarkusTest
@TestProfile(ClosedConnectionsTest.LongKeepAlive.class)
@WithTestResource(value = GoTestResource.class, initArgs = {
        @ResourceArg(name = GoTestResource.SERVICES, value = "participants,ideas,workshops,roadmap"),
        @ResourceArg(name = GoTestResource.SERVICE_ENVIRONMENT, value = "QUARKUS_HTTP_IDLE_TIMEOUT=2S")})
class ClosedConnectionsTest {

    public static class LongKeepAlive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("go.gateway.keep-alive", "4s");
        }
    }

    private static final List<String> PATHS = List.of("/api/participants/ambassadors", "/api/ideas",
            "/api/workshops", "/api/roadmap/phases");

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void burstsAfterPausesLongerThanTheServicesIdleTimeoutGetNo503() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (int burst = 0; burst < 16; burst++) {
            // Around the services' idle timeout: some connections closed, some closing right now.
            Thread.sleep(1_900 + ThreadLocalRandom.current().nextInt(250));
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                URI uri = URI.create(gateway.toString().replaceAll("/$", "") + PATHS.get(i % PATHS.size()));
                answers.add(client.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                requests++;
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() != 200) {
                    failures.add(response.statusCode() + " " + response.uri() + ": " + response.body());
                }
            }
        }
        System.out.printf("closed-connection burst: %d requests, statuses %s%n", requests, statuses);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }
}
