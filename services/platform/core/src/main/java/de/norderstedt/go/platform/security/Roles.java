package de.norderstedt.go.platform.security;

import java.util.List;

/** The programme roles. Tokens carry them in {@code groups}; participants can grant them too. */
public final class Roles {
    public static final String AMBASSADOR = "ambassador";
    public static final String CORE_TEAM = "core-team";
    public static final String PROGRAMME_LEAD = "programme-lead";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";
    /**
     * Another service of the system calling under {@code /api/<service>/internal} with its own client-credentials
     * token; never a person's role, never grantable, never routed by the gateway.
     */
    public static final String SERVICE = "service";

    /** Roles an admin may grant; {@code ambassador} follows from an active registration instead. */
    public static final List<String> GRANTABLE = List.of(CORE_TEAM, PROGRAMME_LEAD, MODERATOR, ADMIN);
    public static final List<String> ALL = List.of(AMBASSADOR, CORE_TEAM, PROGRAMME_LEAD, MODERATOR, ADMIN);

    private Roles() {
    }
}
