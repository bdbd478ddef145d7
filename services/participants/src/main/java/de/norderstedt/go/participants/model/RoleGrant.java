package de.norderstedt.go.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A programme role an admin granted to a participant. */
@Entity
@Table(name = "participant_role")
@IdClass(RoleGrant.Key.class)
public class RoleGrant {

    @Id
    @ManyToOne
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @Id
    public String role;

    @Column(name = "granted_by")
    public String grantedBy;

    @Column(name = "granted_at")
    public Instant grantedAt;

    public static class Key implements Serializable {
        public UUID participant;
        public String role;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(participant, k.participant) && Objects.equals(role, k.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(participant, role);
        }
    }
}
