package de.norderstedt.go.gateway;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Which services the gateway reaches (their own readiness), reported in the gateway's readiness.
 * The gateway itself stays ready when a service is down: it still answers every other route, and
 * that service's requests with a 503 problem, which is better than no answer.
 */
@Readiness
@ApplicationScoped
public class DownstreamHealth implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public DownstreamHealth(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> checks = new LinkedHashMap<>();
        config.routes().forEach((name, route) -> checks.put(name, http.sendAsync(
                        HttpRequest.newBuilder(URI.create(route.url() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200 ? "UP" : "DOWN (" + r.statusCode() + ")")
                .exceptionally(e -> "DOWN (unreachable)")));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
        checks.forEach((name, check) -> response.withData(name, check.join()));
        return response.build();
    }
}
