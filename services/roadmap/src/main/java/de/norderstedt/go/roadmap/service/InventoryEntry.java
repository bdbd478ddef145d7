package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.roadmap.model.AreaOfLife;
import de.norderstedt.go.roadmap.model.InventoryStatus;

/** An initiative of the strategy house as added or changed. */
public record InventoryEntry(String name, String description, AreaOfLife areaOfLife, String owner, String link,
                             InventoryStatus status) {
}
