package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.ActionFieldPriority;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ActionFieldPriorityRepository implements PanacheRepositoryBase<ActionFieldPriority, String> {

    /** All four, most important first. */
    public List<ActionFieldPriority> inOrder() {
        return getEntityManager().createQuery("from ActionFieldPriority p order by p.priority, p.actionField", ActionFieldPriority.class)
                .getResultList();
    }

    /** One page in priority order, after the keyset {@code (priority, actionField)}; fetches {@code limit + 1} rows. */
    public List<ActionFieldPriority> page(Integer afterPriority, String afterField, int limit) {
        if (afterPriority == null) {
            return getEntityManager().createQuery("from ActionFieldPriority p order by p.priority, p.actionField", ActionFieldPriority.class)
                    .setMaxResults(limit + 1).getResultList();
        }
        return getEntityManager().createQuery("""
                        from ActionFieldPriority p where p.priority > :priority or (p.priority = :priority and p.actionField > :field)
                        order by p.priority, p.actionField""", ActionFieldPriority.class)
                .setParameter("priority", afterPriority).setParameter("field", afterField).setMaxResults(limit + 1).getResultList();
    }
}
