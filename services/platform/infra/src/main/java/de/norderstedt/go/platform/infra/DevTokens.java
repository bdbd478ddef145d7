package de.norderstedt.go.platform.infra;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.Set;

/** Signs bearer tokens the way the city's identity provider would, for tests and the local run. */
public final class DevTokens {

    public static final String ISSUER = "urn:norderstedt-go:local-issuer";
    public static final String AUDIENCE = "norderstedt-go";

    private final DevKeys keys;

    public DevTokens(DevKeys keys) {
        this.keys = keys;
    }

    public String mint(String subject, Duration lifetime, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("preferred_username", subject)
                .groups(Set.of(roles))
                .expiresIn(lifetime)
                .sign(keys.privateKey());
    }

    public String mint(String subject, String... roles) {
        return mint(subject, Duration.ofHours(1), roles);
    }
}
