package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.mail.ForwardedMail;
import de.norderstedt.go.platform.mail.MailMessage;
import de.norderstedt.go.platform.mail.MailOutbox;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Mails other services write to a participant (workshops, ideas): they hold only the participant
 * id, this service alone the address. A mail is sent only to a confirmed address that takes mail.
 */
@ApplicationScoped
public class MailForwardingService {

    private final ParticipantRepository participants;
    private final MailOutbox outbox;

    public MailForwardingService(ParticipantRepository participants, MailOutbox outbox) {
        this.participants = participants;
        this.outbox = outbox;
    }

    /**
     * Queues {@code mail} to the participant's confirmed address; a mail with the same id again is
     * taken once. 404 when the participant is unknown, erased, or has no confirmed address that
     * takes mail (the caller then drops the mail).
     */
    @Transactional
    public void accept(UUID participantId, ForwardedMail mail) {
        if (mail.id() == null) {
            throw ProblemException.invalid("id", "must not be null");
        }
        if (mail.template() == null || !mail.template().matches("[a-z0-9-]{1,60}")) {
            throw ProblemException.invalid("template", "must be a template name: lower-case letters, digits and dashes");
        }
        // One line: a line break in a subject would start a header of its own.
        if (mail.subject() == null || mail.subject().isBlank() || mail.subject().length() > 300
                || mail.subject().chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid("subject", "must be one line of 1 to 300 characters");
        }
        if (mail.text() == null) {
            throw ProblemException.invalid("text", "must not be null");
        }
        if (mail.attachments() != null) {
            for (ForwardedMail.Attachment a : mail.attachments()) {
                if (a.name() == null || a.name().isBlank() || a.contentType() == null || a.contentType().isBlank() || a.content() == null) {
                    throw ProblemException.invalid("attachments", "each needs a name, a content type and base64 content");
                }
            }
        }
        MailMessage message;
        try {
            message = mail.toMessage();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("attachments", "content must be base64");
        }
        Participant p = participants.findByIdOptional(participantId)
                .filter(Participant::reachable)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No confirmed address that takes mail for this participant"));
        outbox.acceptForwarded(p.email, message);
    }
}
