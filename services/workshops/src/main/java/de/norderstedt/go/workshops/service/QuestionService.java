package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Question;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Audience questions: anyone asks during an event, votes once, moderators approve, hide or mark answered. */
@ApplicationScoped
public class QuestionService {

    private static final Set<WorkshopStatus> LIVE = EnumSet.of(WorkshopStatus.PUBLISHED, WorkshopStatus.REGISTRATION_OPEN,
            WorkshopStatus.REGISTRATION_CLOSED, WorkshopStatus.HELD);

    private final EntityManager em;
    private final WorkshopService workshops;

    public QuestionService(EntityManager em, WorkshopService workshops) {
        this.em = em;
        this.workshops = workshops;
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
        q.createdAt = WorkshopService.now();
        q.updatedAt = q.createdAt;
        em.persist(q);
        return q;
    }

    /** One vote per voter (an account, or the key a browser keeps); repeating changes nothing. */
    @Transactional
    public Question vote(UUID workshopId, UUID questionId, String voter) {
        Question q = find(workshopId, questionId);
        if (q.status != Question.Status.APPROVED) {
            throw ProblemException.conflict("Only approved, open questions take votes");
        }
        int added = em.createNativeQuery("insert into question_vote (question_id, voter) values (?1, ?2) on conflict do nothing")
                .setParameter(1, questionId).setParameter(2, voter).executeUpdate();
        if (added == 1) {
            em.createNativeQuery("update question set upvotes = upvotes + 1 where id = ?1").setParameter(1, questionId).executeUpdate();
            em.refresh(q);
        }
        return q;
    }

    @Transactional
    public Question moderate(UUID workshopId, UUID questionId, Question.Status status) {
        if (status == Question.Status.SUBMITTED) {
            throw ProblemException.invalid("status", "must be APPROVED, HIDDEN or ANSWERED");
        }
        Question q = find(workshopId, questionId);
        q.status = status;
        q.updatedAt = WorkshopService.now();
        return q;
    }

    /** Public: approved and answered ones, most voted first; moderators see all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Question> list(UUID workshopId, boolean moderator) {
        workshops.get(workshopId);
        return em.createQuery("from Question where workshopId = ?1 and (?2 = true or status in (?3, ?4)) order by upvotes desc, createdAt",
                        Question.class)
                .setParameter(1, workshopId).setParameter(2, moderator)
                .setParameter(3, Question.Status.APPROVED).setParameter(4, Question.Status.ANSWERED).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(UUID workshopId, Question.Status status) {
        return em.createQuery("select count(q) from Question q where q.workshopId = ?1 and q.status = ?2", Long.class)
                .setParameter(1, workshopId).setParameter(2, status).getSingleResult();
    }

    private Question find(UUID workshopId, UUID questionId) {
        Question q = em.find(Question.class, questionId);
        if (q == null || !q.workshopId.equals(workshopId)) {
            throw ProblemException.notFound("Question", questionId);
        }
        return q;
    }
}
