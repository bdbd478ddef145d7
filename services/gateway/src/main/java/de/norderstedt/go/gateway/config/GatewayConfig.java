package de.norderstedt.go.gateway.config;

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

        /**
         * Public writes that count: "METHODS path-regex", methods separated by {@code |}, the regex
         * matched against the whole decoded, normalised path the services route on (see {@link de.norderstedt.go.gateway.edge.EdgePath}).
         * Every operation an anonymous caller or an ambassador may write is here.
         */
        @WithDefault("POST|PUT|DELETE /api/participants/me,POST /api/participants/me/consents,"
                + "POST|PUT /api/ideas(/[^/]+)?,POST /api/ideas/[^/]+/withdrawal,PUT|DELETE /api/ideas/[^/]+/support,"
                + "POST /api/ideas/[^/]+/comments(/[^/]+/reports)?,"
                + "POST|DELETE /api/workshops/[^/]+/registrations(/mine)?,POST /api/workshops/[^/]+/guest-registrations,"
                + "DELETE /api/workshops/guest-registrations/mine,POST /api/workshops/[^/]+/questions(/[^/]+/votes)?")
        List<String> writes();
    }

    /**
     * The proxies in front of the gateway (the city's ingress), as addresses or CIDR ranges. Only a
     * request coming from one of them has its {@code X-Forwarded-For} read: the client is the
     * right-most address there that is not a trusted proxy. Empty: the peer address is the client.
     */
    java.util.Optional<List<String>> trustedProxies();
}
