package de.norderstedt.go.platform.mail;

import java.util.List;
import java.util.UUID;

/**
 * A rendered mail ({@link MailTemplates}), not yet addressed: {@link MailOutbox} queues it for an
 * address or a participant. {@code id} identifies it across services (participants accepts a
 * forwarded mail once per id); {@code template} names the template it was made from.
 */
public record MailMessage(UUID id, String template, String subject, String text, String html,
                          List<MailAttachment> attachments) {

    public MailMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
