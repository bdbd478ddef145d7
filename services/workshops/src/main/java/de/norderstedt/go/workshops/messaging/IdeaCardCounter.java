package de.norderstedt.go.workshops.messaging;

import de.norderstedt.go.platform.consuming.EventHandlers;
import de.norderstedt.go.platform.consuming.TopicConsumers;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import de.norderstedt.go.workshops.repository.WorkshopRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Objects;
import java.util.UUID;

/**
 * Counts the idea cards each workshop produced, from go.ideas.v1 (not by asking the ideas
 * service): a card submitted with origin WORKSHOP counts one, an import counts what it created.
 */
@ApplicationScoped
public class IdeaCardCounter {

    private final WorkshopRepository workshops;
    private final TopicConsumers consumers;

    public IdeaCardCounter(WorkshopRepository workshops, TopicConsumers consumers) {
        this.workshops = workshops;
        this.consumers = consumers;
    }

    void onStart(@Observes StartupEvent event) {
        consumers.start(Topics.IDEAS, "workshops-idea-cards", EventHandlers.create()
                .on(IdeaEvents.SUBMITTED, this::submitted)
                .on(IdeaEvents.IMPORTED, this::imported));
    }

    void submitted(IdeaEvents.Submitted submitted) {
        IdeaEvents.Idea idea = Objects.requireNonNull(submitted.idea(), "idea");
        if ("WORKSHOP".equals(idea.origin()) && idea.workshopId() != null) {
            add(idea.workshopId(), 1);
        }
    }

    void imported(IdeaEvents.Imported imported) {
        if (imported.workshopId() != null) {
            add(imported.workshopId(), imported.created());
        }
    }

    private void add(UUID workshopId, int cards) {
        if (cards == 0) {
            return;
        }
        workshops.addCards(workshopId, cards);
    }
}
