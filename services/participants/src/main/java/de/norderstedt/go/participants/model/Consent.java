package de.norderstedt.go.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Evidence that a participant accepted a version of the code of cooperation. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    public UUID id;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "code_version")
    public int codeVersion;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    /** "self", or the subject of the staff member who recorded a signed paper form. */
    @Column(name = "recorded_by")
    public String recordedBy;
}
