package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.service.TimelineEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A date of the programme's timeline, added or changed. */
public record TimelineRequest(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description,
                              @Schema(description = "PHASE_I, PHASE_II, PHASE_III or COMMUNICATION") @Size(max = 40) String phase,
                              @NotNull OffsetDateTime startsAt, OffsetDateTime endsAt, boolean reached) {

    TimelineEntry entry() {
        return new TimelineEntry(title, description, phase, startsAt.toInstant(), endsAt == null ? null : endsAt.toInstant(), reached);
    }
}
