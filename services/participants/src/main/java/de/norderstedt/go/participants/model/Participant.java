package de.norderstedt.go.participants.model;

import de.norderstedt.go.platform.model.ActionField;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "participant")
public class Participant {

    @Id
    public UUID id;

    public String subject;

    @Enumerated(EnumType.STRING)
    public ParticipantStatus status;

    @Enumerated(EnumType.STRING)
    public ParticipantType type;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "display_name_public")
    public boolean displayNamePublic;

    /** The confirmed address (by its owner's link, by staff, or entered before confirmation existed); null until then. */
    public String email;

    /** An address given but not confirmed yet; it becomes {@link #email} when confirmed. */
    @Column(name = "pending_email")
    public String pendingEmail;

    @Column(name = "email_verified_at")
    public Instant emailVerifiedAt;

    /** "self", "migration", or the subject of the staff member who confirmed the address. */
    @Column(name = "email_verified_by")
    public String emailVerifiedBy;

    /** When the SMTP server refused {@link #email} for good; null while it takes mail. */
    @Column(name = "email_bounced_at")
    public Instant emailBouncedAt;

    public String phone;

    @Column(name = "organisation_name")
    public String organisationName;

    @Enumerated(EnumType.STRING)
    public District district;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_group")
    public AgeGroup ageGroup;

    public String motivation;
    public String background;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_interest", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "action_field")
    @Enumerated(EnumType.STRING)
    public Set<ActionField> interests = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_channel")
    public RegistrationChannel registrationChannel;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "accepted_code_version")
    public Integer acceptedCodeVersion;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @OneToMany(mappedBy = "participant", fetch = FetchType.EAGER, cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    public Set<RoleGrant> roles = new HashSet<>();

    @Version
    public long version;

    public Set<ActionField> interests() {
        return interests.isEmpty() ? EnumSet.noneOf(ActionField.class) : EnumSet.copyOf(interests);
    }

    /** Whether the person has a confirmed address (the condition for being announced and for becoming ACTIVE). */
    public boolean emailVerified() {
        return email != null && emailVerifiedAt != null;
    }

    /** A confirmed address that takes mail: where this service sends the person's mails. */
    public boolean reachable() {
        return emailVerified() && emailBouncedAt == null && status != ParticipantStatus.ERASED;
    }

    /** The name others may see: only if the person chose to show it, never after erasure. */
    public String publicDisplayName() {
        return displayNamePublic && status != ParticipantStatus.ERASED ? displayName : null;
    }
}
