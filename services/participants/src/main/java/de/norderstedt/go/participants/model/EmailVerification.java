package de.norderstedt.go.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A link sent to confirm an address: only the SHA-256 of its token is kept, so the database holds
 * no working link. Used once; a newly given address replaces the earlier links of the person.
 */
@Entity
@Table(name = "email_verification")
public class EmailVerification {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "participant_id")
    public UUID participantId;

    public String address;

    @Enumerated(EnumType.STRING)
    public VerificationPurpose purpose;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
