package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.model.AreaOfLife;
import de.norderstedt.go.roadmap.model.InventoryStatus;
import de.norderstedt.go.platform.input.WebAddress;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the programme team sends to keep the inventory and the indicators. */
public final class InventoryRequests {

    public record InventoryRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
                                   @NotNull AreaOfLife areaOfLife, @NotBlank @Size(max = 200) String owner,
                                   @Size(max = 500) @WebAddress String link,
                                   @NotNull InventoryStatus status) {
    }

    public record IndicatorRequest(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description,
                                   @Size(max = 40) String unit, boolean higherIsBetter, @Size(max = 300) String source) {
    }

    public record ValueRequest(@NotNull LocalDate observedOn, @NotNull @Digits(integer = 11, fraction = 3) BigDecimal value,
                               @Size(max = 500) String note) {
    }

    private InventoryRequests() {
    }
}
