package de.norderstedt.go.platform.mail;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The body of the internal call by which a service's mail relay hands a mail for a participant to
 * participants ({@code POST /api/participants/internal/participants/<id>/mails}), which alone
 * holds the address. It carries the rendered mail, never an address.
 */
public record ForwardedMail(UUID id, String template, String subject, String text, String html,
                            List<Attachment> attachments) {

    /** An attachment, its content base64-encoded. */
    public record Attachment(String name, String contentType, String content) {
    }

    public static ForwardedMail of(MailMessage m) {
        return new ForwardedMail(m.id(), m.template(), m.subject(), m.text(), m.html(), m.attachments().stream()
                .map(a -> new Attachment(a.name(), a.contentType(), Base64.getEncoder().encodeToString(a.content())))
                .toList());
    }

    /** The mail again; a bad attachment encoding is an {@link IllegalArgumentException}. */
    public MailMessage toMessage() {
        List<MailAttachment> files = attachments == null ? List.of() : attachments.stream()
                .map(a -> new MailAttachment(a.name(), a.contentType(), Base64.getDecoder().decode(a.content())))
                .toList();
        return new MailMessage(id, template, subject, text, html, files);
    }
}
