package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.mail.MailOutbox;
import de.norderstedt.go.workshops.model.Question;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.repository.QuestionRepository;
import de.norderstedt.go.workshops.repository.RegistrationRepository;
import de.norderstedt.go.workshops.repository.WorkshopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One participant's data in this service, for the one export that participants assembles over
 * the internal call: only what is theirs (their registrations, their questions, which questions
 * they voted for, the mails queued for them), never another person's.
 */
@ApplicationScoped
public class PersonDataService {

    private final RegistrationRepository registrations;
    private final QuestionRepository questions;
    private final WorkshopRepository workshops;
    private final MailOutbox mailOutbox;

    public PersonDataService(RegistrationRepository registrations, QuestionRepository questions, WorkshopRepository workshops,
                             MailOutbox mailOutbox) {
        this.registrations = registrations;
        this.questions = questions;
        this.workshops = workshops;
        this.mailOutbox = mailOutbox;
    }

    /** Empty lists for a participant this service holds nothing of. */
    @Transactional
    public PersonData of(UUID participantId) {
        List<Registration> registered = registrations.ofParticipant(participantId);
        List<Question> asked = questions.ofParticipant(participantId);
        List<Question> voted = questions.votedBy(participantId);
        Map<UUID, Workshop> of = workshops.byIds(Stream.of(registered.stream().map(r -> r.workshopId),
                asked.stream().map(q -> q.workshopId), voted.stream().map(q -> q.workshopId)).flatMap(s -> s).toList());
        return new PersonData(
                registered.stream().map(r -> new OwnRegistration(r, of.get(r.workshopId))).toList(),
                asked.stream().map(q -> new OwnQuestion(q, of.get(q.workshopId))).toList(),
                voted.stream().map(q -> new OwnQuestion(q, of.get(q.workshopId))).toList(),
                mailOutbox.toParticipantRecords(participantId));
    }
}
