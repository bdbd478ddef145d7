package de.norderstedt.go.workshops.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A question from the audience, on site or online; public once a moderator approved it. */
@Entity
@Table(name = "question")
public class Question {

    public enum Status { SUBMITTED, APPROVED, HIDDEN, ANSWERED }

    @Id
    public UUID id;
    @Column(name = "workshop_id")
    public UUID workshopId;
    public String text;
    @Enumerated(EnumType.STRING)
    public Mode channel;
    @Column(name = "participant_id")
    public UUID participantId;
    @Column(name = "guest_name")
    public String guestName;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int upvotes;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
