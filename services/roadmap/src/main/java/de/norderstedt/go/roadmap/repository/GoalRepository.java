package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.roadmap.model.Goal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    /** Every goal (of one action field, or of all when {@code field} is null), by field, then oldest first. */
    public List<Goal> all(ActionField field) {
        return getEntityManager().createQuery("from Goal g where (?1 is null or g.actionField = ?1) order by g.actionField, g.createdAt, g.id", Goal.class)
                .setParameter(1, field).getResultList();
    }

    /**
     * One page in the order of {@link #all}, after the keyset {@code (actionField, createdAt, id)};
     * fetches {@code limit + 1} rows. Native, so that the action field compares as the text it is stored as.
     */
    @SuppressWarnings("unchecked")
    public List<Goal> page(ActionField field, String afterField, Instant afterCreatedAt, UUID afterId, int limit) {
        StringBuilder sql = new StringBuilder("select * from goal where true");
        if (field != null) {
            sql.append(" and action_field = :field");
        }
        if (afterId != null) {
            sql.append(" and (action_field, created_at, id) > (:afterField, :afterCreatedAt, :afterId)");
        }
        var query = getEntityManager().createNativeQuery(sql + " order by action_field, created_at, id limit :rows", Goal.class)
                .setParameter("rows", limit + 1);
        if (field != null) {
            query.setParameter("field", field.name());
        }
        if (afterId != null) {
            query.setParameter("afterField", afterField).setParameter("afterCreatedAt", afterCreatedAt).setParameter("afterId", afterId);
        }
        return query.getResultList();
    }

    /** The goals of the ids given that exist, by id. */
    public Map<UUID, Goal> byIds(Collection<UUID> ids) {
        Map<UUID, Goal> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("from Goal g where g.id in ?1", Goal.class).setParameter(1, ids).getResultList()
                    .forEach(g -> found.put(g.id, g));
        }
        return found;
    }
}
