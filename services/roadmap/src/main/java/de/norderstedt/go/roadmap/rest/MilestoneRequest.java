package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.service.MilestoneDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A milestone of a measure, added or changed (done marks it reached). */
public record MilestoneRequest(@NotBlank @Size(max = 200) String title, @NotNull LocalDate dueDate, boolean done) {

    MilestoneDraft draft() {
        return new MilestoneDraft(title, dueDate, done);
    }
}
