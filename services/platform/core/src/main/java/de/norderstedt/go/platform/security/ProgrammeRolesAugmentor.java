package de.norderstedt.go.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Adds the roles the programme granted (see {@link ProgrammeRoleSource}) to those of the token, so
 * that an admin's grant takes effect without a change at the city's identity provider.
 */
@ApplicationScoped
public class ProgrammeRolesAugmentor implements SecurityIdentityAugmentor {

    private final Instance<ProgrammeRoleSource> source;

    public ProgrammeRolesAugmentor(Instance<ProgrammeRoleSource> source) {
        this.source = source;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !source.isResolvable()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            String raw = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getRawToken() : null;
            Set<String> granted = source.get().rolesOf(CurrentUser.subjectOf(identity), raw);
            if (granted.isEmpty()) {
                return identity;
            }
            return QuarkusSecurityIdentity.builder(identity).addRoles(granted).build();
        });
    }
}
