package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/** For staff: one registration of the list, with a guest's personal data. */
public record StaffRegistrationResponse(UUID id, Mode mode, RegistrationStatus status, String shortCode, UUID participantId,
                                        String guestName, String guestEmail, OffsetDateTime createdAt) {

    static StaffRegistrationResponse of(Registration r) {
        return new StaffRegistrationResponse(r.id, r.mode, r.status, r.shortCode, r.participantId, r.guestName, r.guestEmail,
                Times.berlin(r.createdAt));
    }
}
