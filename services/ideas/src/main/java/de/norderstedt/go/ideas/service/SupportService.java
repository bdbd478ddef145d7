package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * One support per person per idea. The count is changed in the database by the same statement
 * pair that inserts or deletes the support row, so concurrent clicks can neither lose nor double
 * a count: the primary key decides, and only a real insert or delete moves the counter.
 */
@ApplicationScoped
public class SupportService {

    private final EntityManager em;
    private final IdeaEventPublisher events;

    public SupportService(EntityManager em, IdeaEventPublisher events) {
        this.em = em;
        this.events = events;
    }

    @Transactional
    public int support(UUID ideaId, UUID participantId) {
        Idea idea = requireSupportable(ideaId);
        int inserted = em.createNativeQuery("insert into support (idea_id, participant_id, created_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, ideaId).setParameter(2, participantId).setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
        if (inserted == 0) {
            return idea.supportCount;
        }
        int count = bump(ideaId, 1);
        events.supportChanged(ideaId, count, true);
        return count;
    }

    @Transactional
    public int unsupport(UUID ideaId, UUID participantId) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        int deleted = em.createNativeQuery("delete from support where idea_id = ?1 and participant_id = ?2")
                .setParameter(1, ideaId).setParameter(2, participantId).executeUpdate();
        if (deleted == 0) {
            return idea.supportCount;
        }
        int count = bump(ideaId, -1);
        events.supportChanged(ideaId, count, false);
        return count;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean supports(UUID ideaId, UUID participantId) {
        return !em.createNativeQuery("select 1 from support where idea_id = ?1 and participant_id = ?2")
                .setParameter(1, ideaId).setParameter(2, participantId).getResultList().isEmpty();
    }

    private int bump(UUID ideaId, int delta) {
        Object count = em.createNativeQuery("update idea set support_count = support_count + ?1, version = version + 1 where id = ?2 returning support_count")
                .setParameter(1, delta).setParameter(2, ideaId).getSingleResult();
        return ((Number) count).intValue();
    }

    private Idea requireSupportable(UUID ideaId) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        if (!IdeaService.PUBLIC.contains(idea.status)) {
            throw ProblemException.conflict("An idea that is " + idea.status + " cannot be supported");
        }
        return idea;
    }
}
