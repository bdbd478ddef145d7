package de.norderstedt.go.platform.security;

import java.util.Set;

/**
 * Where a service finds the programme roles of a token's subject beyond those in the token:
 * participants reads its own tables, other services a projection of {@code role-changed} events.
 * Without such a bean only the token's roles count.
 */
public interface ProgrammeRoleSource {

    /** Called on a worker thread; may block. */
    Set<String> rolesOf(String subject);
}
