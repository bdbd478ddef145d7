package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.model.Phase;
import de.norderstedt.go.roadmap.model.PhaseStatus;

import java.time.LocalDate;

/** A phase of the programme with its dates and status. */
public record PhaseResponse(String key, String title, String description, PhaseStatus status, LocalDate plannedStart,
                            LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {

    static PhaseResponse of(Phase p) {
        return new PhaseResponse(p.key, p.title, p.description, p.status, p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd);
    }
}
