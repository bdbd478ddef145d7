package de.norderstedt.go.ideas.messaging;

import de.norderstedt.go.platform.consuming.EventHandlers;
import de.norderstedt.go.platform.consuming.TopicConsumers;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The roadmap's strategic goals, kept from go.roadmap.v1 (goal-defined, goal-changed), so that an
 * assessment can name only goals that exist without asking the roadmap service.
 */
@ApplicationScoped
public class StrategicGoalProjection {

    private final EntityManager em;
    private final TopicConsumers consumers;

    public StrategicGoalProjection(EntityManager em, TopicConsumers consumers) {
        this.em = em;
        this.consumers = consumers;
    }

    void onStart(@Observes StartupEvent event) {
        consumers.start(Topics.ROADMAP, "ideas-strategic-goals", EventHandlers.create()
                .on(RoadmapEvents.GOAL_DEFINED, this::keep)
                .on(RoadmapEvents.GOAL_CHANGED, this::keep));
    }

    void keep(RoadmapEvents.Goal goal) {
        em.createNativeQuery("""
                        insert into strategic_goal (goal_id, title, action_field, updated_at) values (?1, ?2, ?3, now())
                        on conflict (goal_id) do update set title = excluded.title, action_field = excluded.action_field, updated_at = now()""")
                .setParameter(1, Objects.requireNonNull(goal.goalId(), "goalId"))
                .setParameter(2, Objects.requireNonNull(goal.title(), "title"))
                .setParameter(3, Objects.requireNonNull(goal.actionField(), "actionField").name()).executeUpdate();
    }

    /** The positions in {@code goalIds} that name no known strategic goal. */
    public List<Integer> unknown(List<UUID> goalIds) {
        if (goalIds == null || goalIds.isEmpty()) {
            return List.of();
        }
        List<?> known = em.createNativeQuery("select goal_id from strategic_goal where goal_id in (:ids)")
                .setParameter("ids", goalIds).getResultList();
        return IntStream.range(0, goalIds.size()).filter(i -> !known.contains(goalIds.get(i))).boxed().toList();
    }
}
