package de.norderstedt.go.workshops.repository;

import de.norderstedt.go.workshops.model.Audience;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WorkshopRepository implements PanacheRepositoryBase<Workshop, UUID> {

    /** The workshop with its row lock: registrations and cancellations of one workshop go one at a time. */
    public Optional<Workshop> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Takes the row lock of one workshop that has guests who did not confirm their address by
     * {@code now}, skipping workshops another transaction holds (a registration being placed, or the
     * sweeper of another replica): every replica may sweep, no two sweep the same workshop, and the
     * lock comes first as in every other change of registrations (no deadlock).
     */
    public Optional<Workshop> lockOneWithUnverifiedGuests(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        select w.id from workshop w
                        where exists (select 1 from registration r where r.workshop_id = w.id and r.guest_verified_at is null
                                      and r.verify_by is not null and r.verify_by < ?1 and r.status <> 'CANCELLED')
                        limit 1
                        for update skip locked""")
                .setParameter(1, now).getResultList();
        return ids.stream().findFirst().map(this::findById);
    }

    /** Workshops by id. */
    public Map<UUID, Workshop> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids.stream().distinct().toList()).stream().collect(Collectors.toMap(w -> w.id, Function.identity()));
    }

    /**
     * One page of the workshops by start time, after the keyset {@code (startsAt, id)}; drafts only
     * when asked for. Fetches {@code limit + 1} rows so the caller knows whether a next page exists.
     */
    public List<Workshop> page(boolean includeDrafts, Instant afterStart, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!includeDrafts) {
            where.append(" and status <> :draft");
            params.put("draft", WorkshopStatus.DRAFT);
        }
        if (afterId != null) {
            where.append(" and (startsAt > :afterStart or (startsAt = :afterStart and id > :afterId))");
            params.put("afterStart", afterStart);
            params.put("afterId", afterId);
        }
        return find(where + " order by startsAt, id", params).page(0, limit + 1).list();
    }

    /** Every announced (not draft) public event, by start time: the calendar feed. */
    public List<Workshop> publicEvents() {
        return list("status <> ?1 and audience = ?2 order by startsAt, id", WorkshopStatus.DRAFT, Audience.PUBLIC);
    }

    /** Adds idea cards to a workshop's count (kept in {@code workshop_cards}, counted from go.ideas.v1). */
    public void addCards(UUID workshopId, int cards) {
        getEntityManager().createNativeQuery("""
                        insert into workshop_cards (workshop_id, cards, updated_at) values (?1, ?2, now())
                        on conflict (workshop_id) do update set cards = workshop_cards.cards + excluded.cards, updated_at = now()""")
                .setParameter(1, workshopId).setParameter(2, cards).executeUpdate();
    }

    /** The idea cards a workshop produced; 0 when none arrived. */
    public int cards(UUID workshopId) {
        List<?> cards = getEntityManager().createNativeQuery("select cards from workshop_cards where workshop_id = ?1")
                .setParameter(1, workshopId).getResultList();
        return cards.isEmpty() ? 0 : ((Number) cards.get(0)).intValue();
    }

    /** In every breakout group, the member {@code participantId} becomes {@code standIn} (groups keep their size). */
    public void replaceGroupMember(UUID participantId, UUID standIn) {
        String member = "\"" + participantId + "\"";
        getEntityManager().createNativeQuery("""
                        update workshop set breakout_groups = replace(breakout_groups::text, ?1, ?2)::jsonb
                        where breakout_groups::text like ?3""")
                .setParameter(1, member).setParameter(2, "\"" + standIn + "\"").setParameter(3, "%" + member + "%")
                .executeUpdate();
    }
}
