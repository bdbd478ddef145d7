package de.norderstedt.go.roadmap.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "roadmap_version")
public class RoadmapVersion {
    @Id
    public UUID id;
    public String label;
    public int major;
    public String title;
    public String summary;
    @Enumerated(EnumType.STRING)
    public VersionStatus status;
    @Column(name = "based_on")
    public UUID basedOn;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "resolution_date")
    public LocalDate resolutionDate;
    @Column(name = "resolution_body")
    public String resolutionBody;
    @Column(name = "resolution_number")
    public String resolutionNumber;
    @Column(name = "adopted_at")
    public Instant adoptedAt;
    @Column(name = "superseded_at")
    public Instant supersededAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
