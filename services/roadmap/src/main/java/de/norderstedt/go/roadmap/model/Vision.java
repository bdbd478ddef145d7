package de.norderstedt.go.roadmap.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "vision")
public class Vision {
    @Id
    public UUID id;
    public int version;
    public String statement;
    @Enumerated(EnumType.STRING)
    public VisionStatus status;
    @Column(name = "adopted_at")
    public Instant adoptedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
