package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.roadmap.model.AreaOfLife;
import de.norderstedt.go.roadmap.model.InventoryItem;
import de.norderstedt.go.roadmap.model.InventoryStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An initiative of the strategy house, with the German label of its area of life. */
public record InventoryItemResponse(UUID id, String name, String description, AreaOfLife areaOfLife, String areaOfLifeLabel,
                                    String owner, String link, InventoryStatus status, OffsetDateTime updatedAt) {

    static InventoryItemResponse of(InventoryItem i) {
        return new InventoryItemResponse(i.id, i.name, i.description, i.areaOfLife, i.areaOfLife.germanLabel(), i.owner, i.link,
                i.status, Times.berlin(i.updatedAt));
    }
}
