package de.norderstedt.go.roadmap.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A date on the programme's timeline (committee report, creative workshop, council decision). */
@Entity
@Table(name = "programme_milestone")
public class ProgrammeMilestone {
    @Id
    public UUID id;
    public String title;
    public String description;
    public String phase;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public boolean reached;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
