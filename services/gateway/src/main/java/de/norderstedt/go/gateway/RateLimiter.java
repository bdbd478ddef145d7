package de.norderstedt.go.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.norderstedt.go.platform.problem.ProblemType;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Public writes (registrations, guest registrations, audience questions and votes, comments,
 * ideas, supports) are limited per client — the token's subject, or the address for anonymous
 * callers — with a token bucket; beyond it: 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiter {

    private record Rule(String method, Pattern path) {
    }

    private final List<Rule> rules;
    private final GatewayConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(GatewayConfig gateway) {
        this.config = gateway.rateLimit();
        this.rules = config.writes().stream().map(String::strip).map(w -> {
            String[] parts = w.split("\\s+", 2);
            return new Rule(parts[0].toUpperCase(), Pattern.compile(parts[1]));
        }).toList();
        this.buckets = Caffeine.newBuilder().expireAfterAccess(config.period().multipliedBy(2)).maximumSize(200_000).build();
    }

    void handle(RoutingContext rc) {
        String method = rc.request().method().name();
        String path = rc.request().path();
        if (rules.stream().noneMatch(r -> r.method().equals(method) && r.path().matcher(path).matches())) {
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
        String forwarded = rc.request().getHeader("X-Forwarded-For");
        if (config.trustForwardedFor() && forwarded != null && !forwarded.isBlank()) {
            return "address:" + forwarded.split(",")[0].strip();
        }
        return "address:" + rc.request().remoteAddress().host();
    }
}
