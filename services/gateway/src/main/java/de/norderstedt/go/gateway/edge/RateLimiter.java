package de.norderstedt.go.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.norderstedt.go.gateway.config.GatewayConfig;
import de.norderstedt.go.gateway.problem.Problems;
import de.norderstedt.go.platform.problem.ProblemType;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Public writes (registrations and profile changes, consents, guest registrations, workshop
 * registrations, audience questions and votes, comments and reports, ideas, supports) are limited
 * per client — the token's subject, or the client address ({@link ClientAddress}) for anonymous
 * callers — with a token bucket; beyond it: 429 with {@code Retry-After}. The rules match the
 * decoded, normalised path ({@link EdgePath}), the one the services route on, so no spelling of a
 * path ({@code guest%2Dregistrations}, {@code /x/../}) slips past them.
 */
@ApplicationScoped
public class RateLimiter {

    private record Rule(java.util.Set<String> methods, Pattern path) {
    }

    private final List<Rule> rules;
    private final GatewayConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;

    private final ClientAddress clients;

    public RateLimiter(GatewayConfig gateway, ClientAddress clients) {
        this.config = gateway.rateLimit();
        this.clients = clients;
        this.rules = config.writes().stream().map(String::strip).map(w -> {
            String[] parts = w.split("\\s+", 2);
            return new Rule(java.util.Set.of(parts[0].toUpperCase(java.util.Locale.ROOT).split("\\|")), Pattern.compile(parts[1]));
        }).toList();
        this.buckets = Caffeine.newBuilder().expireAfterAccess(config.period().multipliedBy(2)).maximumSize(200_000).build();
    }

    public void handle(RoutingContext rc) {
        String method = rc.request().method().name();
        String path = EdgePath.decoded(rc);
        if (rules.stream().noneMatch(r -> r.methods().contains(method) && r.path().matcher(path).matches())) {
            rc.next();
            return;
        }
        Bucket bucket = buckets.get(client(rc), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(config.requests()).refillGreedy(config.requests(), config.period())).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        rc.response().putHeader("Retry-After", Long.toString(seconds));
        Problems.send(rc, ProblemType.TOO_MANY_REQUESTS, "Too many requests of this kind from you; try again in " + seconds + " s");
    }

    private String client(RoutingContext rc) {
        String subject = rc.get(TokenCheck.SUBJECT);
        if (subject != null) {
            return "subject:" + subject;
        }
        return "address:" + network(clients.of(rc));
    }

    /**
     * The bucket of an address: an IPv4 address is one client; of IPv6 the /64, which one subscriber
     * gets whole (each of its 2^64 addresses its own bucket would be no limit at all).
     */
    static String network(String address) {
        byte[] bytes = io.netty.util.NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null || bytes.length != 16) {
            return address;
        }
        return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
    }
}
