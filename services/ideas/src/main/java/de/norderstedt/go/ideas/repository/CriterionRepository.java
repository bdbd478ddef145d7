package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.ideas.model.Criterion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The criteria of the check, in their order (sort_order, key). */
@ApplicationScoped
public class CriterionRepository implements PanacheRepositoryBase<Criterion, String> {

    @SuppressWarnings("unchecked")
    public List<Criterion> all() {
        return getEntityManager().createNativeQuery("select * from assessment_criterion order by sort_order, key", Criterion.class)
                .getResultList();
    }

    /** One page after the criterion at ({@code afterOrder}, {@code afterKey}); {@code limit + 1} rows. */
    @SuppressWarnings("unchecked")
    public List<Criterion> page(Integer afterOrder, String afterKey, int limit) {
        if (afterOrder == null) {
            return getEntityManager().createNativeQuery(
                            "select * from assessment_criterion order by sort_order, key limit ?1", Criterion.class)
                    .setParameter(1, limit + 1).getResultList();
        }
        return getEntityManager().createNativeQuery("""
                        select * from assessment_criterion where (sort_order, key) > (?1, ?2)
                        order by sort_order, key limit ?3""", Criterion.class)
                .setParameter(1, afterOrder).setParameter(2, afterKey).setParameter(3, limit + 1).getResultList();
    }

    /** Replaces every criterion by {@code criteria}, which are stored in the order given. */
    public void replaceAll(List<Criterion> criteria) {
        deleteAll();
        for (int i = 0; i < criteria.size(); i++) {
            criteria.get(i).sortOrder = i + 1;
            persist(criteria.get(i));
        }
    }
}
