package de.norderstedt.go.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "go.gateway")
public interface GatewayConfig {

    /** The address clients use (named as the server of the merged API document). */
    URI publicUrl();

    /** Per service name: {@code /api/<name>/**} goes there. */
    Map<String, Route> routes();

    RateLimit rateLimit();

    /**
     * How long a connection to a service stays pooled without use; keep it shorter than the
     * services' idle timeout ({@code quarkus.http.idle-timeout}, 60 s), so that the gateway, not the
     * service, closes it.
     */
    @WithDefault("30s")
    Duration keepAlive();

    /** How often the services' API documents are fetched again (a service that came back is merged in). */
    @WithDefault("30s")
    Duration openapiRefresh();

    interface Route {
        URI url();

        /** At most this long without an answer (connect, then between bytes); then 504. */
        @WithDefault("10s")
        Duration timeout();
    }

    interface RateLimit {
        @WithDefault("30")
        int requests();

        @WithDefault("1M")
        Duration period();

        /** Public writes that count: "METHOD path-regex". */
        @WithDefault("POST /api/participants/me,POST /api/workshops/[^/]+/guest-registrations,"
                + "POST /api/workshops/[^/]+/questions(/[^/]+/votes)?,POST /api/ideas/[^/]+/comments(/[^/]+/replies)?,"
                + "POST /api/ideas/[^/]+/supports,POST /api/ideas")
        List<String> writes();

        /** Behind the city's ingress: take the client address from X-Forwarded-For (first entry). */
        @WithDefault("false")
        boolean trustForwardedFor();
    }
}
