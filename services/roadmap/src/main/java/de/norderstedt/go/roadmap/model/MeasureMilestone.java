package de.norderstedt.go.roadmap.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "measure_milestone")
public class MeasureMilestone {
    @Id
    public UUID id;
    @Column(name = "measure_id")
    public UUID measureId;
    public String title;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public boolean done;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "created_at")
    public Instant createdAt;
}
