package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.mail.MailRecord;
import de.norderstedt.go.platform.model.Times;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A mail queued for the person: which, about what, and where it stands (PENDING, SENT, BOUNCED, UNDELIVERABLE). */
public record MailRecordResponse(UUID id, String template, String subject, String status, OffsetDateTime createdAt,
                                 OffsetDateTime sentAt) {

    static MailRecordResponse of(MailRecord m) {
        return new MailRecordResponse(m.id(), m.template(), m.subject(), m.status(), Times.berlin(m.createdAt()), Times.berlin(m.sentAt()));
    }
}
