package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.directory.ParticipantErased;
import de.norderstedt.go.platform.mail.MailOutbox;
import de.norderstedt.go.workshops.repository.QuestionRepository;
import de.norderstedt.go.workshops.repository.RegistrationRepository;
import de.norderstedt.go.workshops.repository.WorkshopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An erased ambassador's registrations and questions stay (the numbers and the questions of the
 * event stay true) without pointing to them; in breakout groups and among question votes the
 * erasure's tombstone stands in for them (groups keep their size, a vote still counts once).
 * The mails queued here for them (sent or not) go.
 */
@ApplicationScoped
public class ParticipantErasure {

    private final WorkshopRepository workshops;
    private final RegistrationRepository registrations;
    private final QuestionRepository questions;
    private final MailOutbox mailOutbox;

    public ParticipantErasure(WorkshopRepository workshops, RegistrationRepository registrations, QuestionRepository questions,
                              MailOutbox mailOutbox) {
        this.workshops = workshops;
        this.registrations = registrations;
        this.questions = questions;
        this.mailOutbox = mailOutbox;
    }

    void onErased(@Observes ParticipantErased erased) {
        registrations.forgetParticipant(erased.participantId());
        questions.forgetParticipant(erased.participantId());
        workshops.replaceGroupMember(erased.participantId(), erased.tombstone());
        mailOutbox.forgetParticipant(erased.participantId());
        if (erased.subject() != null) {
            questions.replaceVoter("account:" + erased.subject(), erased.tombstoneAccount());
            // A staff member who invited people and is erased as a participant: the invitations stay, not who made them.
            registrations.replaceRegisteredBy(erased.subject(), erased.tombstoneAccount());
        }
    }
}
