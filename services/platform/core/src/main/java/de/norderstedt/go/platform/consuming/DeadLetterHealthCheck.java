package de.norderstedt.go.platform.consuming;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.util.Map;

/**
 * Dead letters waiting for an operator, under {@code /q/health/well}: a wellness check, never
 * readiness or liveness, because a dead letter must not take pods out of the Service or restart
 * them — the API works, one projection missed one event.
 */
@Wellness
@ApplicationScoped
public class DeadLetterHealthCheck implements HealthCheck {

    private final DeadLetters deadLetters;

    public DeadLetterHealthCheck(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Long> pending = deadLetters.pendingByConsumer();
        long total = pending.values().stream().mapToLong(Long::longValue).sum();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("event-dead-letters").status(total == 0)
                .withData("pending", total);
        pending.forEach(builder::withData);
        return builder.build();
    }
}
