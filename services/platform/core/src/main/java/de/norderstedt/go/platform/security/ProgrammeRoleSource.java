package de.norderstedt.go.platform.security;

import java.util.Set;

/**
 * Where a service finds the programme roles of a token's subject beyond those in the token:
 * participants reads its own tables, other services a projection of {@code role-changed} events.
 * Without such a bean only the token's roles count.
 */
public interface ProgrammeRoleSource {

    /**
     * Called on a worker thread; may block. {@code bearerToken} is the caller's raw token, for a
     * source that has to ask another service on the caller's behalf.
     */
    Set<String> rolesOf(String subject, String bearerToken);
}
