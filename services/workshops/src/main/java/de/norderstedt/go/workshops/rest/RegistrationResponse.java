package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;
import de.norderstedt.go.workshops.model.Workshop;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the person registering sees. {@code cancelToken} only in the answer to a guest
 * registration; {@code meetingUrl} (the link into the online meeting) only with a confirmed online place.
 */
public record RegistrationResponse(UUID id, UUID workshopId, Mode mode, RegistrationStatus status, String shortCode,
                                   String cancelToken, String meetingUrl, OffsetDateTime createdAt) {

    static RegistrationResponse of(Registration r, Workshop w) {
        return new RegistrationResponse(r.id, r.workshopId, r.mode, r.status, r.shortCode, r.secret, meetingUrl(r, w),
                Times.berlin(r.createdAt));
    }

    /** The meeting link belongs to those who have a confirmed online place, and to the programme team. */
    static String meetingUrl(Registration r, Workshop w) {
        return r.status == RegistrationStatus.CONFIRMED && r.mode == Mode.ONLINE ? w.meetingUrl : null;
    }
}
