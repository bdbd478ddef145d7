package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Question;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import de.norderstedt.go.workshops.repository.QuestionRepository;
import de.norderstedt.go.workshops.repository.WorkshopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Audience questions: anyone asks during an event, votes once, moderators approve, hide or mark answered. */
@ApplicationScoped
public class QuestionService {

    private static final Set<WorkshopStatus> LIVE = EnumSet.of(WorkshopStatus.PUBLISHED, WorkshopStatus.REGISTRATION_OPEN,
            WorkshopStatus.REGISTRATION_CLOSED, WorkshopStatus.HELD);

    private final QuestionRepository questions;
    private final WorkshopService workshops;
    private final WorkshopRepository workshopRows;

    public QuestionService(QuestionRepository questions, WorkshopService workshops, WorkshopRepository workshopRows) {
        this.questions = questions;
        this.workshops = workshops;
        this.workshopRows = workshopRows;
    }

    @Transactional
    public Question ask(UUID workshopId, String text, Mode channel, UUID participantId, String guestName) {
        Workshop w = workshops.get(workshopId);
        if (!LIVE.contains(w.status)) {
            throw ProblemException.conflict("Questions are taken while the workshop is announced or running; it is " + w.status);
        }
        Question q = new Question();
        q.id = UUID.randomUUID();
        q.workshopId = workshopId;
        q.text = text.strip();
        q.channel = channel;
        q.participantId = participantId;
        q.guestName = participantId == null && guestName != null && !guestName.isBlank() ? guestName.strip() : null;
        q.status = Question.Status.SUBMITTED;
        q.createdAt = Timestamps.now();
        q.updatedAt = q.createdAt;
        questions.persist(q);
        return q;
    }

    /** One vote per voter (an account, or the key a browser keeps); repeating changes nothing. */
    @Transactional
    public Question vote(UUID workshopId, UUID questionId, String voter) {
        Question q = find(workshopId, questionId);
        if (q.status != Question.Status.APPROVED) {
            throw ProblemException.conflict("Only approved, open questions take votes");
        }
        questions.vote(q, voter);
        return q;
    }

    @Transactional
    public Question moderate(UUID workshopId, UUID questionId, Question.Status status) {
        if (status == Question.Status.SUBMITTED) {
            throw ProblemException.invalid("status", "must be APPROVED, HIDDEN or ANSWERED");
        }
        Question q = find(workshopId, questionId);
        q.status = status;
        q.updatedAt = Timestamps.now();
        return q;
    }

    /**
     * One page of the questions: the public gets the approved and answered ones, moderators all;
     * most voted first, then the oldest, after the keyset {@code (afterUpvotes, afterCreated,
     * afterId)} (all null for the first page); {@code limit + 1} rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Question> page(UUID workshopId, boolean moderator, Integer afterUpvotes, Instant afterCreated, UUID afterId, int limit) {
        workshops.get(workshopId);
        return questions.page(workshopId, moderator, afterUpvotes, afterCreated, afterId, limit);
    }

    /**
     * One page of the questions a participant asked, in every workshop and whatever a moderator
     * made of them, newest first, after the keyset {@code (beforeCreated, beforeId)} (both null for
     * the first page); {@code limit + 1} rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OwnQuestion> pageOfParticipant(UUID participantId, Instant beforeCreated, UUID beforeId, int limit) {
        List<Question> rows = questions.pageOfParticipant(participantId, beforeCreated, beforeId, limit);
        Map<UUID, Workshop> of = workshopRows.byIds(rows.stream().map(q -> q.workshopId).toList());
        return rows.stream().map(q -> new OwnQuestion(q, of.get(q.workshopId))).toList();
    }

    private Question find(UUID workshopId, UUID questionId) {
        Question q = questions.findById(questionId);
        if (q == null || !q.workshopId.equals(workshopId)) {
            throw ProblemException.notFound("Question", questionId);
        }
        return q;
    }
}
