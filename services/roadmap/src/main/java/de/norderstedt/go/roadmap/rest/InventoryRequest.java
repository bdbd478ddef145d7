package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.input.WebAddress;
import de.norderstedt.go.roadmap.model.AreaOfLife;
import de.norderstedt.go.roadmap.model.InventoryStatus;
import de.norderstedt.go.roadmap.service.InventoryEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An initiative of the strategy house, added or changed. */
public record InventoryRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
                               @NotNull AreaOfLife areaOfLife, @NotBlank @Size(max = 200) String owner,
                               @Size(max = 500) @WebAddress String link,
                               @NotNull InventoryStatus status) {

    InventoryEntry entry() {
        return new InventoryEntry(name, description, areaOfLife, owner, link, status);
    }
}
