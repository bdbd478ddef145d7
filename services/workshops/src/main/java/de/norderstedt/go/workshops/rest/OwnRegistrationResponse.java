package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import de.norderstedt.go.workshops.service.OwnRegistration;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One of a person's own registrations, with what they need to know of the workshop;
 * {@code invited}: the programme team registered them; {@code meetingUrl} only with a confirmed
 * online place.
 */
public record OwnRegistrationResponse(UUID id, UUID workshopId, String workshopTitle, OffsetDateTime startsAt, OffsetDateTime endsAt,
                                      WorkshopStatus workshopStatus, Mode mode, RegistrationStatus status, String shortCode,
                                      String meetingUrl, boolean invited, OffsetDateTime checkedInAt, OffsetDateTime createdAt) {

    static OwnRegistrationResponse of(OwnRegistration own) {
        Registration r = own.registration();
        Workshop w = own.workshop();
        return new OwnRegistrationResponse(r.id, r.workshopId, w.title, Times.berlin(w.startsAt), Times.berlin(w.endsAt), w.status,
                r.mode, r.status, r.shortCode, RegistrationResponse.meetingUrl(r, w), r.registeredBy != null,
                Times.berlin(r.checkedInAt), Times.berlin(r.createdAt));
    }
}
