package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.roadmap.model.ProgrammeMilestone;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A date of the programme's timeline. */
public record TimelineResponse(UUID id, String title, String description, String phase, OffsetDateTime startsAt,
                               OffsetDateTime endsAt, boolean reached) {

    static TimelineResponse of(ProgrammeMilestone m) {
        return new TimelineResponse(m.id, m.title, m.description, m.phase, Times.berlin(m.startsAt), Times.berlin(m.endsAt), m.reached);
    }
}
