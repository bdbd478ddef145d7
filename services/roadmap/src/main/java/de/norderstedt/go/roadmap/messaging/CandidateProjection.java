package de.norderstedt.go.roadmap.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import de.norderstedt.go.platform.consuming.TopicConsumers;
import de.norderstedt.go.platform.events.CloudEvent;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

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

    public CandidateProjection(EntityManager em, TopicConsumers consumers) {
        this.em = em;
        this.consumers = consumers;
    }

    void onStart(@Observes StartupEvent event) {
        consumers.start(Topics.IDEAS, "roadmap-candidates", this::apply);
    }

    void apply(CloudEvent event) {
        JsonNode data = event.data();
        String type = event.type();
        if (type.equals(IdeaEvents.CLASSIFIED.type())) {
            String classification = data.path("classification").asText();
            upsertIdea(data.path("idea"), classification, CANDIDATE_CLASSES.contains(classification) ? "OPEN" : "NOT_CLASSIFIED");
            em.createNativeQuery("update candidate set score = ?2 where idea_id = ?1")
                    .setParameter(1, UUID.fromString(data.path("idea").path("ideaId").asText()))
                    .setParameter(2, data.hasNonNull("score") ? data.path("score").decimalValue() : null).executeUpdate();
        } else if (type.equals(IdeaEvents.UPDATED.type())) {
            JsonNode idea = data.path("idea");
            em.createNativeQuery("update candidate set title = ?2, description = ?3, action_field = ?4, updated_at = now() where idea_id = ?1")
                    .setParameter(1, UUID.fromString(idea.path("ideaId").asText())).setParameter(2, idea.path("title").asText())
                    .setParameter(3, idea.path("description").asText(null)).setParameter(4, idea.path("actionField").asText())
                    .executeUpdate();
        } else if (type.equals(IdeaEvents.STATUS_CHANGED.type())) {
            String to = data.path("to").asText();
            if (!"CLASSIFIED".equals(to)) {
                String state = switch (to) {
                    case "WITHDRAWN" -> "WITHDRAWN";
                    case "MERGED" -> "MERGED";
                    case "REJECTED" -> "REJECTED";
                    default -> "NOT_CLASSIFIED";
                };
                setState(UUID.fromString(data.path("idea").path("ideaId").asText()), state, null);
            }
        } else if (type.equals(IdeaEvents.WITHDRAWN.type())) {
            setState(UUID.fromString(data.path("ideaId").asText()), "WITHDRAWN", null);
        } else if (type.equals(IdeaEvents.MERGED.type())) {
            setState(UUID.fromString(data.path("ideaId").asText()), "MERGED", UUID.fromString(data.path("intoIdeaId").asText()));
        } else if (type.equals(IdeaEvents.ASSESSED.type())) {
            em.createNativeQuery("""
                            insert into candidate (idea_id, score, goal_ids, state, updated_at) values (?1, ?2, cast(?3 as jsonb), 'NOT_CLASSIFIED', now())
                            on conflict (idea_id) do update set score = excluded.score, goal_ids = excluded.goal_ids, updated_at = now()""")
                    .setParameter(1, UUID.fromString(data.path("ideaId").asText()))
                    .setParameter(2, data.hasNonNull("score") ? data.path("score").decimalValue() : null)
                    .setParameter(3, data.path("goalIds").isArray() ? data.path("goalIds").toString() : "[]")
                    .executeUpdate();
        }
    }

    private void upsertIdea(JsonNode idea, String classification, String state) {
        em.createNativeQuery("""
                        insert into candidate (idea_id, title, description, action_field, classification, state, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now())
                        on conflict (idea_id) do update set title = excluded.title, description = excluded.description,
                            action_field = excluded.action_field, classification = excluded.classification, state = excluded.state,
                            merged_into = null, updated_at = now()""")
                .setParameter(1, UUID.fromString(idea.path("ideaId").asText())).setParameter(2, idea.path("title").asText())
                .setParameter(3, idea.path("description").asText(null)).setParameter(4, idea.path("actionField").asText())
                .setParameter(5, classification).setParameter(6, state).executeUpdate();
    }

    private void setState(UUID ideaId, String state, UUID mergedInto) {
        em.createNativeQuery("update candidate set state = ?2, merged_into = ?3, updated_at = now() where idea_id = ?1")
                .setParameter(1, ideaId).setParameter(2, state).setParameter(3, mergedInto).executeUpdate();
    }
}
