package de.norderstedt.go.platform.consuming;

import de.norderstedt.go.platform.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes a consumer idempotent: call {@link #firstDelivery} inside the transaction that applies the
 * event's effect and apply it only when it answers true. The id is recorded in that same
 * transaction, so either both the effect and the record commit, or neither does.
 */
@ApplicationScoped
public class ConsumedEvents {

    private final EntityManager entityManager;

    public ConsumedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, CloudEvent event) {
        int inserted = entityManager.createNativeQuery("""
                        insert into consumed_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
