package de.norderstedt.go.participants.messaging;

import de.norderstedt.go.participants.model.CodeOfCooperation;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.platform.mail.MailOutbox;
import de.norderstedt.go.platform.mail.MailTemplates;
import de.norderstedt.go.platform.model.Times;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The mails of this service, queued in the platform's mail outbox within the current transaction
 * (they go out only if it commits): the link that confirms an address, the note to an address's
 * owner that someone else gave it, and the new code of cooperation. Texts are the German templates
 * in {@code templates/mail}. Mails prompted by an unconfirmed address carry nothing the person who
 * typed it chose (no name, no text of theirs): the mailbox may belong to someone else.
 */
@ApplicationScoped
public class ParticipantMailer {

    public static final String VERIFY_EMAIL = "verify-email";
    public static final String ADDRESS_IN_USE = "address-in-use";
    public static final String NEW_CODE = "new-code";

    private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'um' HH:mm 'Uhr'", Locale.GERMAN);

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final String linkBase;

    public ParticipantMailer(MailTemplates templates, MailOutbox outbox,
                             @ConfigProperty(name = "go.mail.link-base", defaultValue = "http://localhost:8080") String linkBase) {
        this.templates = templates;
        this.outbox = outbox;
        this.linkBase = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
    }

    /** The link that confirms {@code address}; {@code token} is the secret only this mail carries. */
    public void verifyAddress(String address, String token, Instant validUntil) {
        outbox.toAddress(address, templates.render(VERIFY_EMAIL, Map.of(
                "link", linkBase + "/e-mail-bestaetigen#token=" + token,
                "validUntil", GERMAN_TIME.format(Times.berlin(validUntil)))));
    }

    /** Someone gave {@code address}, which belongs to an account already: its owner hears of it, without a link. */
    public void addressInUse(String address) {
        outbox.toAddress(address, templates.render(ADDRESS_IN_USE, Map.of()));
    }

    /** A new version of the code of cooperation, to an ambassador who must accept it to stay active. */
    public void newCode(Participant p, CodeOfCooperation code) {
        outbox.toAddress(p.email, templates.render(NEW_CODE, Map.of(
                "name", p.displayName == null ? "" : p.displayName,
                "version", Integer.toString(code.version),
                "title", code.title,
                "link", linkBase + "/mitmachen/kodex")));
    }
}
