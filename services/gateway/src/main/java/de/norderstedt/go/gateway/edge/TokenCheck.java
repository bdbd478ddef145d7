package de.norderstedt.go.gateway.edge;

import de.norderstedt.go.gateway.problem.Problems;
import de.norderstedt.go.platform.problem.ProblemType;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Authentication at the door: a bearer token is verified (signature with the configured key or
 * JWKS, RS256 only, issuer, audience, expiry) before anything is forwarded; an invalid one is a
 * 401 here. Requests without a token pass on as anonymous: the services decide what anonymous
 * callers may do, and verify every token again.
 */
@ApplicationScoped
public class TokenCheck {

    static final String SUBJECT = "go.subject";

    private final JWTParser parser;

    public TokenCheck(JWTParser parser) {
        this.parser = parser;
    }

    public void handle(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization == null) {
            rc.next();
            return;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() < 8) {
            reject(rc, "Send the token as 'Authorization: Bearer <jwt>'");
            return;
        }
        String token = authorization.substring(7).trim();
        rc.vertx().<JsonWebToken>executeBlocking(() -> parser.parse(token), false).onComplete(result -> {
            if (result.succeeded()) {
                rc.put(SUBJECT, result.result().getSubject());
                rc.next();
            } else {
                reject(rc, "The bearer token was rejected at the gateway: it is expired, not signed by the city's identity provider, "
                        + "or not issued for this API");
            }
        });
    }

    private static void reject(RoutingContext rc, String detail) {
        rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        Problems.send(rc, ProblemType.UNAUTHORIZED, detail);
    }
}
