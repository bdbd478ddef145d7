package de.norderstedt.go.roadmap.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.consuming.EventHandlers;
import de.norderstedt.go.platform.consuming.TopicConsumers;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

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

    private final EntityManager em;
    private final TopicConsumers consumers;
    private final ObjectMapper json;

    public CandidateProjection(EntityManager em, TopicConsumers consumers, ObjectMapper json) {
        this.em = em;
        this.consumers = consumers;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        consumers.start(Topics.IDEAS, "roadmap-candidates", EventHandlers.create()
                .on(IdeaEvents.CLASSIFIED, this::classified)
                .on(IdeaEvents.UPDATED, this::updated)
                .on(IdeaEvents.STATUS_CHANGED, this::statusChanged)
                .on(IdeaEvents.WITHDRAWN, e -> setState(e.ideaId(), "WITHDRAWN", null))
                .on(IdeaEvents.MERGED, e -> setState(e.ideaId(), "MERGED", Objects.requireNonNull(e.intoIdeaId(), "intoIdeaId")))
                .on(IdeaEvents.ASSESSED, this::assessed));
    }

    void classified(IdeaEvents.Classified classified) {
        String classification = Objects.requireNonNull(classified.classification(), "classification");
        IdeaEvents.Idea idea = Objects.requireNonNull(classified.idea(), "idea");
        upsertIdea(idea, classification, CANDIDATE_CLASSES.contains(classification) ? "OPEN" : "NOT_CLASSIFIED");
        em.createNativeQuery("update candidate set score = ?2 where idea_id = ?1")
                .setParameter(1, idea.ideaId()).setParameter(2, classified.score()).executeUpdate();
    }

    void updated(IdeaEvents.Updated updated) {
        IdeaEvents.Idea idea = Objects.requireNonNull(updated.idea(), "idea");
        em.createNativeQuery("update candidate set title = ?2, description = ?3, action_field = ?4, updated_at = now() where idea_id = ?1")
                .setParameter(1, Objects.requireNonNull(idea.ideaId(), "idea.ideaId")).setParameter(2, Objects.requireNonNull(idea.title(), "idea.title"))
                .setParameter(3, idea.description()).setParameter(4, Objects.requireNonNull(idea.actionField(), "idea.actionField").name())
                .executeUpdate();
    }

    void statusChanged(IdeaEvents.StatusChanged changed) {
        String to = Objects.requireNonNull(changed.to(), "to");
        if (!"CLASSIFIED".equals(to)) {
            String state = switch (to) {
                case "WITHDRAWN" -> "WITHDRAWN";
                case "MERGED" -> "MERGED";
                case "REJECTED" -> "REJECTED";
                default -> "NOT_CLASSIFIED";
            };
            setState(Objects.requireNonNull(changed.idea(), "idea").ideaId(), state, null);
        }
    }

    void assessed(IdeaEvents.Assessed assessed) {
        List<UUID> goals = assessed.goalIds() == null ? List.of() : assessed.goalIds();
        try {
            em.createNativeQuery("""
                            insert into candidate (idea_id, score, goal_ids, state, updated_at) values (?1, ?2, cast(?3 as jsonb), 'NOT_CLASSIFIED', now())
                            on conflict (idea_id) do update set score = excluded.score, goal_ids = excluded.goal_ids, updated_at = now()""")
                    .setParameter(1, Objects.requireNonNull(assessed.ideaId(), "ideaId"))
                    .setParameter(2, assessed.score())
                    .setParameter(3, json.writeValueAsString(goals))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void upsertIdea(IdeaEvents.Idea idea, String classification, String state) {
        em.createNativeQuery("""
                        insert into candidate (idea_id, title, description, action_field, classification, state, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now())
                        on conflict (idea_id) do update set title = excluded.title, description = excluded.description,
                            action_field = excluded.action_field, classification = excluded.classification, state = excluded.state,
                            merged_into = null, updated_at = now()""")
                .setParameter(1, Objects.requireNonNull(idea.ideaId(), "idea.ideaId")).setParameter(2, Objects.requireNonNull(idea.title(), "idea.title"))
                .setParameter(3, idea.description()).setParameter(4, Objects.requireNonNull(idea.actionField(), "idea.actionField").name())
                .setParameter(5, classification).setParameter(6, state).executeUpdate();
    }

    private void setState(UUID ideaId, String state, UUID mergedInto) {
        em.createNativeQuery("update candidate set state = ?2, merged_into = ?3, updated_at = now() where idea_id = ?1")
                .setParameter(1, Objects.requireNonNull(ideaId, "ideaId")).setParameter(2, state).setParameter(3, mergedInto).executeUpdate();
    }
}
