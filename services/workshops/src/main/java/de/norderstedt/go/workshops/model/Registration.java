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
    /**
     * SHA-256 (hex) of the secret of the link in the guest's verification mail; that secret is
     * never stored and never in an answer, so only the mailbox's owner can confirm the address.
     */
    @Column(name = "guest_verify_token")
    public String guestVerifyToken;
    /** The secret of the verification link, only while the verification mail is being written. */
    @jakarta.persistence.Transient
    public String verifySecret;
    /** When the guest confirmed their address by the link in the mail; null while unconfirmed. */
    @Column(name = "guest_verified_at")
    public Instant guestVerifiedAt;
    /** Until when an unconfirmed guest holds their place; null when nothing is to be confirmed. */
    @Column(name = "verify_by")
    public Instant verifyBy;
    /** When the reminder of the day before went out (or the confirmation came so late that it is the reminder). */
    @Column(name = "reminded_at")
    public Instant remindedAt;
    /** The account of the staff member who registered this person (an invitation); null when they registered themselves. */
    @Column(name = "registered_by")
    public String registeredBy;
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

    /** A guest (no account) who has not confirmed their address yet. */
    public boolean unverifiedGuest() {
        return participantId == null && verifyBy != null && guestVerifiedAt == null;
    }

    /**
     * Whether mails about this registration may go out: to an ambassador (participants holds and
     * checks their address), or to a guest who confirmed theirs.
     */
    public boolean reachable() {
        return participantId != null || (guestEmail != null && guestVerifiedAt != null);
    }
}
