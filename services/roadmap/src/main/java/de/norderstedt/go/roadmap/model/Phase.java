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

/** Phase I–III and the cross-cutting communication track; the keys are fixed, the rest is maintained. */
@Entity
@Table(name = "phase")
public class Phase {
    @Id
    public String key;
    public String title;
    public String description;
    @Column(name = "sort_order")
    public int sortOrder;
    @Column(name = "planned_start")
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @Column(name = "actual_start")
    public LocalDate actualStart;
    @Column(name = "actual_end")
    public LocalDate actualEnd;
    @Enumerated(EnumType.STRING)
    public PhaseStatus status;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
