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
 * registration (the secret of their link: look at, cancel); {@code verifyBy}: until when a guest
 * must confirm their address by the link in the mail sent to it, or the place goes to the next
 * person (null when nothing is to be confirmed); {@code meetingUrl} (the link into the online
 * meeting) only with a confirmed online place, for a guest once they confirmed their address.
 */
public record RegistrationResponse(UUID id, UUID workshopId, Mode mode, RegistrationStatus status, String shortCode,
                                   String cancelToken, String meetingUrl, OffsetDateTime createdAt, OffsetDateTime verifyBy) {

    static RegistrationResponse of(Registration r, Workshop w) {
        return new RegistrationResponse(r.id, r.workshopId, r.mode, r.status, r.shortCode, r.secret, meetingUrl(r, w),
                Times.berlin(r.createdAt), r.unverifiedGuest() && r.status != RegistrationStatus.CANCELLED ? Times.berlin(r.verifyBy) : null);
    }

    /**
     * The meeting link belongs to those who have a confirmed online place (a guest once their
     * address is confirmed), and to the programme team.
     */
    static String meetingUrl(Registration r, Workshop w) {
        return r.status == RegistrationStatus.CONFIRMED && r.mode == Mode.ONLINE && !r.unverifiedGuest() ? w.meetingUrl : null;
    }
}
