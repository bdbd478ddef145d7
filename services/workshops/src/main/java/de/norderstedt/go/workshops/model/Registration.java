package de.norderstedt.go.workshops.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "registration")
public class Registration {

    @Id
    public UUID id;
    @Column(name = "workshop_id")
    public UUID workshopId;
    @Column(name = "participant_id")
    public UUID participantId;
    @Column(name = "guest_name")
    public String guestName;
    @Column(name = "guest_email")
    public String guestEmail;
    /** SHA-256 (hex) of the guest's secret; the secret itself is never stored. */
    @Column(name = "cancel_token")
    public String cancelToken;
    /** The guest's secret, only in the answer to their registration. */
    @jakarta.persistence.Transient
    public String secret;
    @Enumerated(EnumType.STRING)
    public Mode mode;
    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "short_code")
    public String shortCode;
    @Column(name = "checked_in_at")
    public Instant checkedInAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
