package de.norderstedt.go.roadmap.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A key figure of the programme or the city (e.g. the smart-city ranking); its values are a time series. */
@Entity
@Table(name = "indicator")
public class Indicator {
    @Id
    public String key;
    public String title;
    public String description;
    public String unit;
    @Column(name = "higher_is_better")
    public boolean higherIsBetter;
    public String source;
    @Column(name = "created_at")
    public Instant createdAt;
}
