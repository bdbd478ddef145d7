package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.roadmap.model.MeasureMilestone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A milestone of a measure. */
public record MilestoneResponse(UUID id, String title, LocalDate dueDate, boolean done, OffsetDateTime doneAt) {

    static MilestoneResponse of(MeasureMilestone ms) {
        return new MilestoneResponse(ms.id, ms.title, ms.dueDate, ms.done, Times.berlin(ms.doneAt));
    }
}
