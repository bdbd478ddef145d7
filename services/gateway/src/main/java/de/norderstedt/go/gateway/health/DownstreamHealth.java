package de.norderstedt.go.gateway.health;

import de.norderstedt.go.gateway.config.GatewayConfig;
import de.norderstedt.go.gateway.downstream.DownstreamClient;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
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
    private final DownstreamClient http;

    public DownstreamHealth(GatewayConfig config, DownstreamClient http) {
        this.config = config;
        this.http = http;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> checks = new LinkedHashMap<>();
        config.routes().forEach((name, route) -> checks.put(name,
                http.status(URI.create(route.url() + "/q/health/ready"), Duration.ofSeconds(2))
                        .thenApply(status -> status == 200 ? "UP" : "DOWN (" + status + ")")
                        .exceptionally(e -> "DOWN (unreachable)")));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
        checks.forEach((name, check) -> response.withData(name, check.join()));
        return response.build();
    }
}
