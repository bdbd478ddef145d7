package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.messaging.IdeaEventPublisher;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.repository.IdeaRepository;
import de.norderstedt.go.ideas.repository.SupportRepository;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * One support per person per idea. The count is changed in the database by the same statement
 * pair that inserts or deletes the support row, so concurrent clicks can neither lose nor double
 * a count: the primary key decides, and only a real insert or delete moves the counter.
 */
@ApplicationScoped
public class SupportService {

    private final IdeaRepository ideas;
    private final SupportRepository supports;
    private final IdeaEventPublisher events;

    public SupportService(IdeaRepository ideas, SupportRepository supports, IdeaEventPublisher events) {
        this.ideas = ideas;
        this.supports = supports;
        this.events = events;
    }

    @Transactional
    public int support(UUID ideaId, UUID participantId) {
        Idea idea = requireSupportable(ideaId);
        if (!supports.add(ideaId, participantId, Timestamps.now())) {
            return idea.supportCount;
        }
        int count = supports.adjustCount(ideaId, 1);
        events.supportChanged(ideaId, count, true);
        return count;
    }

    @Transactional
    public int unsupport(UUID ideaId, UUID participantId) {
        Idea idea = ideas.findById(ideaId);
        if (idea == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        if (!supports.remove(ideaId, participantId)) {
            return idea.supportCount;
        }
        int count = supports.adjustCount(ideaId, -1);
        events.supportChanged(ideaId, count, false);
        return count;
    }

    private Idea requireSupportable(UUID ideaId) {
        Idea idea = ideas.findById(ideaId);
        if (idea == null) {
            throw ProblemException.notFound("Idea", ideaId);
        }
        if (!IdeaService.OPEN.contains(idea.status)) {
            throw ProblemException.conflict("An idea that is " + idea.status + " cannot be supported");
        }
        return idea;
    }
}
