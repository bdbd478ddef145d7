package de.norderstedt.go.roadmap.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.consuming.EventHandlers;
import de.norderstedt.go.platform.consuming.TopicConsumers;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import de.norderstedt.go.roadmap.model.CandidateState;
import de.norderstedt.go.roadmap.repository.CandidateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the roadmap's candidates from go.ideas.v1: an idea classified as quick win or
 * medium-term project becomes a candidate; reclassified, rejected, withdrawn or merged, it stops
 * being one. Assessments bring the goals the reviewers named.
 */
@ApplicationScoped
public class CandidateProjection {

    private static final Set<String> CANDIDATE_CLASSES = Set.of("QUICK_WIN", "MEDIUM_TERM");

    private final CandidateRepository candidates;
    private final TopicConsumers consumers;
    private final ObjectMapper json;

    public CandidateProjection(CandidateRepository candidates, TopicConsumers consumers, ObjectMapper json) {
        this.candidates = candidates;
        this.consumers = consumers;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        consumers.start(Topics.IDEAS, "roadmap-candidates", EventHandlers.create()
                .on(IdeaEvents.CLASSIFIED, this::classified)
                .on(IdeaEvents.UPDATED, this::updated)
                .on(IdeaEvents.STATUS_CHANGED, this::statusChanged)
                .on(IdeaEvents.WITHDRAWN, e -> setState(e.ideaId(), CandidateState.WITHDRAWN, null))
                .on(IdeaEvents.MERGED, e -> setState(e.ideaId(), CandidateState.MERGED, Objects.requireNonNull(e.intoIdeaId(), "intoIdeaId")))
                .on(IdeaEvents.ASSESSED, this::assessed));
    }

    void classified(IdeaEvents.Classified classified) {
        String classification = Objects.requireNonNull(classified.classification(), "classification");
        IdeaEvents.Idea idea = Objects.requireNonNull(classified.idea(), "idea");
        candidates.upsertIdea(Objects.requireNonNull(idea.ideaId(), "idea.ideaId"), Objects.requireNonNull(idea.title(), "idea.title"),
                idea.description(), Objects.requireNonNull(idea.actionField(), "idea.actionField").name(), classification,
                CANDIDATE_CLASSES.contains(classification) ? CandidateState.OPEN : CandidateState.NOT_CLASSIFIED);
        candidates.setScore(idea.ideaId(), classified.score());
    }

    void updated(IdeaEvents.Updated updated) {
        IdeaEvents.Idea idea = Objects.requireNonNull(updated.idea(), "idea");
        candidates.updateIdea(Objects.requireNonNull(idea.ideaId(), "idea.ideaId"), Objects.requireNonNull(idea.title(), "idea.title"),
                idea.description(), Objects.requireNonNull(idea.actionField(), "idea.actionField").name());
    }

    void statusChanged(IdeaEvents.StatusChanged changed) {
        String to = Objects.requireNonNull(changed.to(), "to");
        if (!"CLASSIFIED".equals(to)) {
            CandidateState state = switch (to) {
                case "WITHDRAWN" -> CandidateState.WITHDRAWN;
                case "MERGED" -> CandidateState.MERGED;
                case "REJECTED" -> CandidateState.REJECTED;
                default -> CandidateState.NOT_CLASSIFIED;
            };
            setState(Objects.requireNonNull(changed.idea(), "idea").ideaId(), state, null);
        }
    }

    void assessed(IdeaEvents.Assessed assessed) {
        List<UUID> goals = assessed.goalIds() == null ? List.of() : assessed.goalIds();
        try {
            candidates.upsertAssessment(Objects.requireNonNull(assessed.ideaId(), "ideaId"), assessed.score(), json.writeValueAsString(goals));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setState(UUID ideaId, CandidateState state, UUID mergedInto) {
        candidates.setState(Objects.requireNonNull(ideaId, "ideaId"), state, mergedInto);
    }
}
