package de.norderstedt.go.workshops.messaging;

import de.norderstedt.go.platform.consuming.EventHandlers;
import de.norderstedt.go.platform.consuming.TopicConsumers;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import java.util.Objects;
import java.util.UUID;

/**
 * Counts the idea cards each workshop produced, from go.ideas.v1 (not by asking the ideas
 * service): a card submitted with origin WORKSHOP counts one, an import counts what it created.
 */
@ApplicationScoped
public class IdeaCardCounter {

    private final EntityManager em;
    private final TopicConsumers consumers;

    public IdeaCardCounter(EntityManager em, TopicConsumers consumers) {
        this.em = em;
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
        em.createNativeQuery("""
                        insert into workshop_cards (workshop_id, cards, updated_at) values (?1, ?2, now())
                        on conflict (workshop_id) do update set cards = workshop_cards.cards + excluded.cards, updated_at = now()""")
                .setParameter(1, workshopId).setParameter(2, cards).executeUpdate();
    }
}
