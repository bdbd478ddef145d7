package de.norderstedt.go.ideas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of an idea's history: from what to what, who (a role-holder's account, or "author"), when, why. */
@Entity
@Table(name = "idea_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "idea_id")
    public UUID ideaId;

    /** Null for the first step, the submission. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public IdeaStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public IdeaStatus toStatus;

    public String actor;

    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;
}
