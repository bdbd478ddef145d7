package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.model.PhaseStatus;
import de.norderstedt.go.roadmap.service.PhaseChanges;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A phase's status and dates; without a description the description stays. */
public record PhaseRequest(@NotNull PhaseStatus status, LocalDate plannedStart, LocalDate plannedEnd,
                           LocalDate actualStart, LocalDate actualEnd, @Size(max = 2000) String description) {

    PhaseChanges changes() {
        return new PhaseChanges(status, plannedStart, plannedEnd, actualStart, actualEnd, description);
    }
}
