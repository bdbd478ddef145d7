package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * For staff: one registration of the list, with a guest's personal data; {@code guestVerifiedAt}
 * when a guest confirmed their address (null: not yet, the place is held until {@code verifyBy});
 * {@code registeredBy} the staff account that invited the person (null: they registered themselves).
 */
public record StaffRegistrationResponse(UUID id, Mode mode, RegistrationStatus status, String shortCode, UUID participantId,
                                        String guestName, String guestEmail, OffsetDateTime createdAt,
                                        OffsetDateTime guestVerifiedAt, OffsetDateTime verifyBy, String registeredBy) {

    static StaffRegistrationResponse of(Registration r) {
        return new StaffRegistrationResponse(r.id, r.mode, r.status, r.shortCode, r.participantId, r.guestName, r.guestEmail,
                Times.berlin(r.createdAt), Times.berlin(r.guestVerifiedAt),
                r.unverifiedGuest() && r.status != RegistrationStatus.CANCELLED ? Times.berlin(r.verifyBy) : null, r.registeredBy);
    }
}
