package de.norderstedt.go.roadmap.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A measure's identity and implementation progress. What the council adopted is a
 * {@link PlannedMeasure} of a version and stays frozen; how far the city has got is reported here,
 * and carries over when the next version copies the measure.
 */
@Entity
@Table(name = "measure")
public class Measure {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public MeasureStatus status;
    public BigDecimal progress;
    @Column(name = "progress_note")
    public String progressNote;
    @Column(name = "progressed_at")
    public Instant progressedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
