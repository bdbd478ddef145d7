package de.norderstedt.go.ideas.messaging;

import de.norderstedt.go.ideas.repository.StrategicGoalRepository;
import de.norderstedt.go.platform.consuming.EventHandlers;
import de.norderstedt.go.platform.consuming.TopicConsumers;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Objects;

/**
 * The roadmap's strategic goals, kept from go.roadmap.v1 (goal-defined, goal-changed), so that an
 * assessment can name only goals that exist without asking the roadmap service.
 */
@ApplicationScoped
public class StrategicGoalProjection {

    private final StrategicGoalRepository goals;
    private final TopicConsumers consumers;

    public StrategicGoalProjection(StrategicGoalRepository goals, TopicConsumers consumers) {
        this.goals = goals;
        this.consumers = consumers;
    }

    void onStart(@Observes StartupEvent event) {
        consumers.start(Topics.ROADMAP, "ideas-strategic-goals", EventHandlers.create()
                .on(RoadmapEvents.GOAL_DEFINED, this::keep)
                .on(RoadmapEvents.GOAL_CHANGED, this::keep));
    }

    void keep(RoadmapEvents.Goal goal) {
        goals.keep(Objects.requireNonNull(goal.goalId(), "goalId"), Objects.requireNonNull(goal.title(), "title"),
                Objects.requireNonNull(goal.actionField(), "actionField"));
    }
}
