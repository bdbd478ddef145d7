package de.norderstedt.go.roadmap.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An existing initiative with smart-city character (the "strategy house"). */
@Entity
@Table(name = "inventory_item")
public class InventoryItem {
    @Id
    public UUID id;
    public String name;
    public String description;
    @Column(name = "area_of_life")
    @Enumerated(EnumType.STRING)
    public AreaOfLife areaOfLife;
    public String owner;
    public String link;
    @Enumerated(EnumType.STRING)
    public InventoryStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
