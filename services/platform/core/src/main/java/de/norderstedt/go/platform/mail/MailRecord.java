package de.norderstedt.go.platform.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * What a person's export shows of a mail queued or sent to them: which template, the subject,
 * and where it stands ({@code PENDING}, {@code SENT}, {@code BOUNCED}, {@code UNDELIVERABLE}).
 */
public record MailRecord(UUID id, String template, String subject, String status, Instant createdAt, Instant sentAt) {
}
