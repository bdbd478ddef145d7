package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;
import de.norderstedt.go.workshops.model.Workshop;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a guest sees of their own registration through their link: everything held about them.
 * {@code verifiedAt}: when they confirmed their address (null while they have not);
 * {@code verifyBy}: until when they must, or the place goes to the next person.
 */
public record GuestRegistrationResponse(UUID id, UUID workshopId, String workshopTitle, OffsetDateTime startsAt, Mode mode,
                                        RegistrationStatus status, String shortCode, String name, String email, String meetingUrl,
                                        OffsetDateTime linkExpiresAt, OffsetDateTime verifiedAt, OffsetDateTime verifyBy) {

    static GuestRegistrationResponse of(Registration r, Workshop w, Instant linkExpiresAt) {
        return new GuestRegistrationResponse(r.id, w.id, w.title, Times.berlin(w.startsAt), r.mode, r.status, r.shortCode,
                r.guestName, r.guestEmail, RegistrationResponse.meetingUrl(r, w), Times.berlin(linkExpiresAt),
                Times.berlin(r.guestVerifiedAt),
                r.unverifiedGuest() && r.status != RegistrationStatus.CANCELLED ? Times.berlin(r.verifyBy) : null);
    }
}
