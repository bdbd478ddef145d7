package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.repository.ConsentRepository;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.model.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** A person's rights over their data (GDPR): the export of everything held, and erasure. */
@ApplicationScoped
public class PersonalDataService {

    private final ParticipantRepository participants;
    private final ConsentRepository consents;
    private final ParticipantLookup lookup;
    private final ParticipantEventPublisher events;

    public PersonalDataService(ParticipantRepository participants, ConsentRepository consents, ParticipantLookup lookup,
                               ParticipantEventPublisher events) {
        this.participants = participants;
        this.consents = consents;
        this.lookup = lookup;
        this.events = events;
    }

    /**
     * Erases a person: personal data is overwritten irreversibly, the id stays as an anonymous
     * tombstone so that ideas and registrations elsewhere keep a consistent (anonymous) author,
     * and the erased event tells the other services to anonymize what they hold.
     */
    @Transactional
    public void erase(UUID id) {
        Participant p = lookup.get(id);
        if (p.status == ParticipantStatus.ERASED) {
            return;
        }
        p.status = ParticipantStatus.ERASED;
        p.subject = null;
        p.displayName = null;
        p.displayNamePublic = false;
        p.email = null;
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
        // Events already on Kafka stay there until the topic's retention ends (see docs); the
        // copies kept in the outbox for re-publishing are removed now.
        participants.deletePublishedEventsOf(p.id);
        events.erased(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonalDataExport export(UUID id) {
        Participant p = lookup.get(id);
        List<PersonalDataExport.ConsentRecord> consentRecords = consents.ofParticipant(p.id).stream()
                .map(c -> new PersonalDataExport.ConsentRecord(c.codeVersion, c.acceptedAt, !RegistrationService.SELF.equals(c.recordedBy)))
                .toList();
        String note = p.status == ParticipantStatus.ERASED
                ? "This account was erased on " + p.erasedAt + "; no personal data is held any more."
                : "All data the participants service holds about you. Ideas, comments and workshop registrations are exported by those services.";
        return new PersonalDataExport(Timestamps.now(), p, consentRecords, note);
    }
}
