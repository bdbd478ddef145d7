package de.norderstedt.go.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.events.CloudEvent;
import de.norderstedt.go.platform.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes an event into the outbox table of the current transaction. The event becomes visible to
 * the relay only if the state change it describes commits, and then it is certain to be published.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final OutboxConfig config;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, OutboxConfig config) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent publish(EventType<T> type, Object aggregateId, T data) {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getSimpleName());
        }
        CloudEvent event = CloudEvent.of(config.source(), type.type(), aggregateId.toString(),
                objectMapper.valueToTree(data));
        try {
            entityManager.createNativeQuery("""
                            insert into outbox_event (id, topic, aggregate_type, aggregate_id, event_type, payload, created_at)
                            values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7)""")
                    .setParameter(1, event.id())
                    .setParameter(2, type.topic())
                    .setParameter(3, type.aggregateType())
                    .setParameter(4, event.subject())
                    .setParameter(5, event.type())
                    .setParameter(6, objectMapper.writeValueAsString(event))
                    .setParameter(7, java.sql.Timestamp.from(event.time()))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type.type() + " is not serializable", e);
        }
        return event;
    }
}
