package de.norderstedt.go.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "go.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of this service's events, e.g. {@code /norderstedt-go/participants}. */
    String source();

    /** Whether this replica runs a relay at all (only one replica publishes at a time anyway). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Longest wait for new rows when nothing notified the relay. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /**
     * First and longest pause after a failed round (Kafka did not acknowledge, the database
     * failed); doubles in between, and starts again at the first after a round that succeeded.
     */
    @WithDefault("200ms")
    Duration minBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** How long published rows are kept (for debugging and re-publishing) before they are purged. */
    @WithDefault("P7D")
    Duration retention();

    /** Readiness goes down when events have waited this long without Kafka acknowledging any. */
    @WithDefault("10m")
    Duration unhealthyAfter();

}
