package de.norderstedt.go.platform.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, as services need it: subject and roles. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The token's subject; 401 for anonymous callers. */
    public String subject() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return subjectOf(identity);
    }

    /**
     * The stable id of a person at the identity provider: the token's {@code sub}, never the
     * user name, which people can change.
     */
    public static String subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** The caller's bearer token as received, to call another service on their behalf. */
    public String rawToken() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getRawToken() : null;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The programme team (core team or programme lead): sees drafts and works on them. */
    public boolean isProgrammeTeam() {
        return hasAnyRole(Roles.CORE_TEAM, Roles.PROGRAMME_LEAD);
    }

    /** The programme team or a moderator: sees what is hidden from the public and moderates it. */
    public boolean isStaff() {
        return hasAnyRole(Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.MODERATOR);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
