package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Workshop;

import java.time.OffsetDateTime;
import java.util.List;

/** One point of the agenda, in order. */
public record AgendaItemResponse(OffsetDateTime startsAt, OffsetDateTime endsAt, String kind, String title, List<String> speakers) {

    /** JSON columns keep instants (UTC); the API shows them with the Europe/Berlin offset like every other time. */
    static AgendaItemResponse of(Workshop.AgendaItem i) {
        return new AgendaItemResponse(Times.berlin(i.startsAt().toInstant()), Times.berlin(i.endsAt().toInstant()), i.kind(), i.title(),
                i.speakers());
    }
}
