package de.norderstedt.go.participants.repository;

import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.model.ParticipantType;
import de.norderstedt.go.platform.model.ActionField;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Optional<Participant> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    public boolean emailTaken(String email, UUID except) {
        return count("email = ?1 and id <> ?2", email.toLowerCase(Locale.ROOT), except == null ? new UUID(0, 0) : except) > 0;
    }

    /** The participant whose confirmed address this is (addresses are stored in lower case). */
    public Optional<Participant> findByEmail(String email) {
        return find("email", email.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /** Whether anyone holds this address, confirmed or still to be confirmed. */
    public boolean addressMentioned(String email) {
        return count("email = ?1 or pendingEmail = ?1", email.toLowerCase(Locale.ROOT)) > 0;
    }

    /**
     * One page of the public directory, after the keyset {@code (displayName, id)};
     * fetches {@code limit + 1} rows so the caller knows whether a next page exists.
     */
    public List<Participant> directoryPage(ActionField interest, ParticipantType type,
                                           String afterName, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("status = :active and displayNamePublic = true");
        Map<String, Object> params = new HashMap<>();
        params.put("active", ParticipantStatus.ACTIVE);
        if (interest != null) {
            where.append(" and :interest member of interests");
            params.put("interest", interest);
        }
        if (type != null) {
            where.append(" and type = :type");
            params.put("type", type);
        }
        if (afterId != null) {
            where.append(" and (displayName > :afterName or (displayName = :afterName and id > :afterId))");
            params.put("afterName", afterName);
            params.put("afterId", afterId);
        }
        return find(where + " order by displayName, id", params).page(0, limit + 1).list();
    }

    /** One page of all participants for staff, newest first, after the keyset {@code (registeredAt, id)}. */
    public List<Participant> staffPage(ParticipantStatus status, Instant afterTime, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (afterId != null) {
            where.append(" and (registeredAt < :afterTime or (registeredAt = :afterTime and id < :afterId))");
            params.put("afterTime", afterTime);
            params.put("afterId", afterId);
        }
        return find(where + " order by registeredAt desc, id desc", params).page(0, limit + 1).list();
    }

    public List<Participant> active() {
        return list("status", ParticipantStatus.ACTIVE);
    }

    /** Counts of not-erased participants per value of one attribute; the key is null where none was given. */
    public Map<String, Long> countBy(String attribute) {
        if (!List.of("type", "district", "ageGroup").contains(attribute)) {
            throw new IllegalArgumentException(attribute);
        }
        List<Object[]> rows = getEntityManager().createQuery(
                "select p." + attribute + ", count(p) from Participant p where p.status <> :erased group by p." + attribute,
                Object[].class).setParameter("erased", ParticipantStatus.ERASED).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(r[0] == null ? null : r[0].toString(), (Long) r[1]));
        return counts;
    }

    public Map<String, Long> countByInterest() {
        List<Object[]> rows = getEntityManager().createQuery(
                "select i, count(p) from Participant p join p.interests i where p.status <> :erased group by i",
                Object[].class).setParameter("erased", ParticipantStatus.ERASED).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(r[0].toString(), (Long) r[1]));
        return counts;
    }

    public long countNotErased() {
        return count("status <> ?1", ParticipantStatus.ERASED);
    }

    /**
     * Removes the copies of a participant's events that the outbox keeps after publishing them
     * (the platform's {@code outbox_event} table); events not yet published stay and go out.
     */
    public int deletePublishedEventsOf(UUID participantId) {
        return getEntityManager().createNativeQuery("delete from outbox_event where aggregate_id = ?1 and published_at is not null")
                .setParameter(1, participantId.toString()).executeUpdate();
    }
}
