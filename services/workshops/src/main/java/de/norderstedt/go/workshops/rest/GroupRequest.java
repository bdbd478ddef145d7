package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.workshops.model.Workshop;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A breakout group working on one action field; members are participant ids. */
public record GroupRequest(@NotBlank @Size(max = 120) String name, @NotNull ActionField actionField,
                           @Size(max = 120) String facilitator, @Size(max = 200) List<@NotNull UUID> members) {

    Workshop.BreakoutGroup group() {
        return new Workshop.BreakoutGroup(name, actionField, facilitator, members);
    }
}
