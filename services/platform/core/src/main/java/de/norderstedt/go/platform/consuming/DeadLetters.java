package de.norderstedt.go.platform.consuming;

import de.norderstedt.go.platform.events.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The dead-letter place of a service's consumers: table {@code dead_letter} in its own database.
 * A record lands here with its reason when it cannot be read or applied, and the projection moves
 * on. After a fix an operator re-drives them ({@code POST /api/<service>/internal/dead-letters/redrive}): each
 * is applied again through its consumer, in one transaction with its dedup record and its mark.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final EntityManager em;
    private final ConsumerMetrics metrics;

    public DeadLetters(EntityManager em, ConsumerMetrics metrics) {
        this.em = em;
        this.metrics = metrics;
    }

    /** Where a record came from. */
    public record Origin(String consumer, String topic, int partition, long offset, String key) {
    }

    /** A dead letter as operators see it. */
    public record DeadLetter(long id, String consumer, String topic, int partition, long offset, String key, UUID eventId,
                             String eventType, String reason, int attempts, Instant failedAt) {
    }

    /** What a re-drive did. */
    public record RedriveResult(int redriven, int failed, long pending) {
    }

    void store(Origin origin, CloudEvent event, String payload, String reason) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into dead_letter (consumer, topic, kafka_partition, kafka_offset, record_key, event_id, event_type, payload, reason)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (consumer, topic, kafka_partition, kafka_offset)
                        do update set reason = excluded.reason, attempts = dead_letter.attempts + 1, failed_at = now()""")
                .setParameter(1, origin.consumer()).setParameter(2, origin.topic()).setParameter(3, origin.partition())
                .setParameter(4, origin.offset()).setParameter(5, origin.key())
                .setParameter(6, event == null ? null : event.id()).setParameter(7, event == null ? null : event.type())
                .setParameter(8, payload == null ? "" : payload.replace("\u0000", "")).setParameter(9, reason.replace("\u0000", ""))
                .executeUpdate());
        refreshPending(origin.consumer());
    }

    /** The dead letters not yet re-driven, oldest first. */
    public List<DeadLetter> pending(String consumer, int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select id, consumer, topic, kafka_partition, kafka_offset, record_key, event_id, event_type, reason, attempts, failed_at
                            from dead_letter where redriven_at is null and (cast(?1 as text) is null or consumer = ?1) order by id limit ?2""")
                    .setParameter(1, consumer).setParameter(2, limit).getResultList();
            return rows.stream().map(r -> new DeadLetter(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), (String) r[5], (UUID) r[6], (String) r[7],
                    (String) r[8], ((Number) r[9]).intValue(), toInstant(r[10]))).toList();
        });
    }

    public long countPending(String consumer) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from dead_letter where redriven_at is null and (cast(?1 as text) is null or consumer = ?1)")
                .setParameter(1, consumer).getSingleResult()).longValue());
    }

    /**
     * Applies the pending dead letters (of {@code consumer}, or all) again through their consumers.
     * Each row is locked, applied and marked in one transaction, so replicas re-driving at once
     * apply a row once; one that fails again stays, with its new reason and one more attempt.
     */
    RedriveResult redrive(String consumer, Function<String, TopicConsumer> consumers) {
        int redriven = 0;
        int failed = 0;
        for (DeadLetter letter : pending(consumer, 10_000)) {
            TopicConsumer target = consumers.apply(letter.consumer());
            if (target == null) {
                failed++;
                continue;
            }
            try {
                boolean done = QuarkusTransaction.requiringNew().call(() -> {
                    List<?> locked = em.createNativeQuery(
                                    "select payload from dead_letter where id = ?1 and redriven_at is null for update skip locked")
                            .setParameter(1, letter.id()).getResultList();
                    if (locked.isEmpty()) {
                        return false;
                    }
                    target.reapply((String) locked.get(0));
                    em.createNativeQuery("update dead_letter set redriven_at = now() where id = ?1").setParameter(1, letter.id()).executeUpdate();
                    return true;
                });
                if (done) {
                    redriven++;
                }
            } catch (RuntimeException e) {
                failed++;
                String reason = "re-drive failed: " + Failures.describe(e);
                LOG.warnf("dead letter %d of %s: %s", letter.id(), letter.consumer(), reason);
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                                "update dead_letter set attempts = attempts + 1, reason = ?2, failed_at = now() where id = ?1")
                        .setParameter(1, letter.id()).setParameter(2, reason.replace("\u0000", "")).executeUpdate());
            }
        }
        metrics.pendingAll(pendingByConsumer());
        return new RedriveResult(redriven, failed, countPending(consumer));
    }

    void refreshPending(String consumer) {
        metrics.pending(consumer, QuarkusTransaction.requiringNew().call(() -> countPending(consumer)));
    }

    Map<String, Long> pendingByConsumer() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select consumer, count(*) from dead_letter where redriven_at is null group by consumer").getResultList();
            Map<String, Long> counts = new java.util.HashMap<>();
            rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
            return counts;
        });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
