package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.security.ProgrammeRoleSource;
import de.norderstedt.go.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.Set;

/**
 * Roles from this service's own records: {@code ambassador} for an active registration, plus
 * whatever an admin granted, unless the person is paused.
 */
@ApplicationScoped
public class ParticipantRoleSource implements ProgrammeRoleSource {

    private final ParticipantRepository participants;

    public ParticipantRoleSource(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    public Set<String> rolesOf(String subject, String bearerToken) {
        return QuarkusTransaction.requiringNew().call(() -> participants.findBySubject(subject)
                .map(p -> {
                    Set<String> roles = new HashSet<>();
                    if (p.status == ParticipantStatus.ACTIVE) {
                        roles.add(Roles.AMBASSADOR);
                    }
                    // A paused person (INACTIVE) keeps the grants on record but exercises none of them.
                    if (p.status != ParticipantStatus.INACTIVE) {
                        p.roles.forEach(g -> roles.add(g.role));
                    }
                    return roles;
                })
                .orElse(Set.of()));
    }
}
