package de.norderstedt.go.platform.outbox;

import de.norderstedt.go.platform.model.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Kafka's part in readiness. A short Kafka outage must not take the service out of rotation
 * (requests still succeed, events wait in the outbox), so this goes down only when events have
 * waited longer than {@code go.outbox.unhealthy-after} with no acknowledgement from Kafka.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxRelay.RelayState state = relay.state();
        boolean stuck = state.leader()
                && state.oldestPendingAgeSeconds() > config.unhealthyAfter().toSeconds()
                && Duration.between(state.lastAcknowledged(), Timestamps.now()).compareTo(config.unhealthyAfter()) > 0;
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("outbox-relay-kafka")
                .status(!stuck)
                .withData("relayEnabled", state.enabled())
                .withData("publishing", state.leader())
                .withData("pendingEvents", state.pending())
                .withData("oldestPendingAgeSeconds", state.oldestPendingAgeSeconds())
                .withData("lastAcknowledged", state.lastAcknowledged().toString());
        if (state.lastError() != null) {
            builder.withData("lastError", state.lastError());
        }
        return builder.build();
    }
}
