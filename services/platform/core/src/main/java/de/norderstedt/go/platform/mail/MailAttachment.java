package de.norderstedt.go.platform.mail;

/** A file sent with a mail, e.g. the event's {@code veranstaltung.ics}. */
public record MailAttachment(String name, String contentType, byte[] content) {
}
