package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.model.Audience;
import de.norderstedt.go.workshops.model.Format;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import de.norderstedt.go.workshops.model.WorkshopType;
import de.norderstedt.go.platform.model.Times;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A workshop as the API shows it. {@code meetingUrl}, the link into the online meeting, only for the
 * programme team: people with a confirmed online place get it with their own registration.
 */
public record WorkshopResponse(UUID id, String title, String description, WorkshopType type, Format format,
                               String venueName, String venueAddress, String streamUrl, String meetingUrl,
                               OffsetDateTime startsAt, OffsetDateTime endsAt, Audience audience, String accessRule,
                               int capacityOnSite, int capacityOnline, OffsetDateTime registrationOpens,
                               OffsetDateTime registrationCloses, WorkshopStatus status, String cancelReason) {

    public static WorkshopResponse of(Workshop w, boolean programmeTeam) {
        return new WorkshopResponse(w.id, w.title, w.description, w.type, w.format, w.venueName, w.venueAddress,
                w.streamUrl, programmeTeam ? w.meetingUrl : null, Times.berlin(w.startsAt), Times.berlin(w.endsAt), w.audience, w.accessRule,
                w.capacityOnSite, w.capacityOnline, Times.berlin(w.registrationOpens), Times.berlin(w.registrationCloses),
                w.status, w.cancelReason);
    }
}
