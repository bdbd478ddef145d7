package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.RoleGrant;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Programme roles an admin grants and revokes (core-team, programme-lead, moderator, admin). */
@ApplicationScoped
public class RoleGrantService {

    private final ParticipantLookup lookup;
    private final ParticipantEventPublisher events;

    public RoleGrantService(ParticipantLookup lookup, ParticipantEventPublisher events) {
        this.lookup = lookup;
        this.events = events;
    }

    @Transactional
    public Participant grant(UUID id, String role, String grantedBy) {
        requireGrantable(role);
        Participant p = lookup.writable(id);
        if (p.roles.stream().anyMatch(g -> g.role.equals(role))) {
            return p;
        }
        RoleGrant grant = new RoleGrant();
        grant.participant = p;
        grant.role = role;
        grant.grantedBy = grantedBy;
        grant.grantedAt = Timestamps.now();
        p.roles.add(grant);
        p.updatedAt = grant.grantedAt;
        events.roleChanged(p, role, true, grant.grantedAt);
        return p;
    }

    @Transactional
    public Participant revoke(UUID id, String role) {
        requireGrantable(role);
        Participant p = lookup.writable(id);
        if (p.roles.removeIf(g -> g.role.equals(role))) {
            p.updatedAt = Timestamps.now();
            events.roleChanged(p, role, false, p.updatedAt);
        }
        return p;
    }

    private static void requireGrantable(String role) {
        if (!Roles.GRANTABLE.contains(role)) {
            throw ProblemException.invalid("role", "must be one of " + String.join(", ", Roles.GRANTABLE), Roles.GRANTABLE);
        }
    }
}
