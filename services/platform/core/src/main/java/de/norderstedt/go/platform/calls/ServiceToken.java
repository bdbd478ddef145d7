package de.norderstedt.go.platform.calls;

import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * This service's own bearer token for calls to another service under {@code /api/<service>/internal}: the
 * OAuth 2.0 client-credentials grant at the city's identity provider ({@code quarkus.oidc-client.*},
 * a token carrying the role {@code service}), kept until shortly before it expires. The local run
 * and the tests, which have no identity provider, hand the service a token signed with their own
 * key instead ({@code go.service-auth.token}).
 */
@ApplicationScoped
public class ServiceToken {

    private final Optional<String> staticToken;
    private final Instance<OidcClient> oidc;
    private volatile Tokens tokens;

    public ServiceToken(@ConfigProperty(name = "go.service-auth.token") Optional<String> staticToken, Instance<OidcClient> oidc) {
        this.staticToken = staticToken.filter(t -> !t.isBlank());
        this.oidc = oidc;
    }

    /** {@code Bearer <token>}; 503 when the identity provider cannot issue one right now. */
    public String authorization() {
        return "Bearer " + token();
    }

    private String token() {
        if (staticToken.isPresent()) {
            return staticToken.get();
        }
        Tokens current = tokens;
        if (current == null || current.isAccessTokenWithinRefreshInterval() || current.isAccessTokenExpired()) {
            try {
                current = oidc.get().getTokens().await().atMost(Duration.ofSeconds(5));
                tokens = current;
            } catch (RuntimeException e) {
                throw new ProblemException(ProblemType.UNAVAILABLE, "No service token from the identity provider right now");
            }
        }
        return current.getAccessToken();
    }
}
