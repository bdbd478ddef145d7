package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.messaging.PersonalDataSources;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.repository.ConsentRepository;
import de.norderstedt.go.participants.repository.EmailVerificationRepository;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.mail.MailOutbox;
import de.norderstedt.go.platform.mail.MailRecord;
import de.norderstedt.go.platform.model.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person's rights over their data (GDPR): the one export of everything held, and erasure. */
@ApplicationScoped
public class PersonalDataService {

    private final ParticipantRepository participants;
    private final ConsentRepository consents;
    private final EmailVerificationRepository verifications;
    private final ParticipantLookup lookup;
    private final ParticipantEventPublisher events;
    private final MailOutbox mails;
    private final PersonalDataSources sources;

    public PersonalDataService(ParticipantRepository participants, ConsentRepository consents,
                               EmailVerificationRepository verifications, ParticipantLookup lookup,
                               ParticipantEventPublisher events, MailOutbox mails, PersonalDataSources sources) {
        this.participants = participants;
        this.consents = consents;
        this.verifications = verifications;
        this.lookup = lookup;
        this.events = events;
        this.mails = mails;
        this.sources = sources;
    }

    /**
     * Erases a person: personal data is overwritten irreversibly, the id stays as an anonymous
     * tombstone so that ideas and registrations elsewhere keep a consistent (anonymous) author,
     * and the erased event tells the other services to anonymize what they hold. The mails to the
     * person's address and the links to confirm one go too.
     */
    @Transactional
    public void erase(UUID id) {
        Participant p = lookup.get(id);
        if (p.status == ParticipantStatus.ERASED) {
            return;
        }
        String email = p.email;
        String pendingEmail = p.pendingEmail;
        p.status = ParticipantStatus.ERASED;
        p.subject = null;
        p.displayName = null;
        p.displayNamePublic = false;
        p.email = null;
        p.pendingEmail = null;
        p.emailVerifiedAt = null;
        p.emailVerifiedBy = null;
        p.emailBouncedAt = null;
        p.phone = null;
        p.organisationName = null;
        p.district = null;
        p.ageGroup = null;
        p.motivation = null;
        p.background = null;
        p.interests.clear();
        p.roles.clear();
        p.registeredBy = null;
        p.erasedAt = Timestamps.now();
        p.updatedAt = p.erasedAt;
        participants.flush();
        verifications.deleteOfParticipant(p.id);
        if (email != null) {
            mails.forget(email);
        }
        // The mails to an address only given, never confirmed, go too, unless someone else holds
        // or gave that address as well (then they are that person's mails, e.g. the note that
        // someone tried their address).
        if (pendingEmail != null && !participants.addressMentioned(pendingEmail)) {
            mails.forget(pendingEmail);
        }
        // Events already on Kafka stay there until the topic's retention ends (see docs); the
        // copies kept in the outbox for re-publishing are removed now.
        participants.deletePublishedEventsOf(p.id);
        events.erased(p);
    }

    /**
     * Everything held about the person: this service's part, read in one transaction, then each
     * other service's part, asked live and outside it. 503 when one of them cannot answer.
     */
    public PersonalDataExport export(UUID id) {
        PersonalDataExport own = QuarkusTransaction.requiringNew().call(() -> ownPart(id));
        return new PersonalDataExport(own.exportedAt(), own.participant(), own.consents(), own.mails(),
                sources.sectionsOf(own.participant().id), own.note());
    }

    private PersonalDataExport ownPart(UUID id) {
        Participant p = lookup.get(id);
        List<PersonalDataExport.ConsentRecord> consentRecords = consents.ofParticipant(p.id).stream()
                .map(c -> new PersonalDataExport.ConsentRecord(c.codeVersion, c.acceptedAt, !RegistrationService.SELF.equals(c.recordedBy)))
                .toList();
        // Only the confirmed address: mails to an address merely given may be someone else's.
        List<MailRecord> mailRecords = p.email == null ? List.of() : mails.to(p.email);
        List<String> others = sources.names();
        String note = p.status == ParticipantStatus.ERASED
                ? "This account was erased on " + p.erasedAt + "; no personal data is held any more."
                : others.isEmpty()
                        ? "All data the participants service holds about you: your registration, your consents and the mails sent to your address."
                        : "All data Norderstedt GO! holds about you: your registration, your consents and the mails sent to your address,"
                                + " and what the services " + String.join(", ", others) + " hold (their sections).";
        return new PersonalDataExport(Timestamps.now(), p, consentRecords, mailRecords, Map.of(), note);
    }
}
