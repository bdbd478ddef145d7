package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.Phase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PhaseRepository implements PanacheRepositoryBase<Phase, String> {

    /**
     * One page in programme order, after the keyset {@code (sortOrder, key)}; fetches {@code limit + 1} rows.
     * Native: {@code key} is a word of the query language.
     */
    @SuppressWarnings("unchecked")
    public List<Phase> page(Integer afterSortOrder, String afterKey, int limit) {
        String where = afterSortOrder == null ? "" : " where (sort_order, key) > (:afterSortOrder, :afterKey)";
        var query = getEntityManager().createNativeQuery("select * from phase" + where + " order by sort_order, key limit :rows", Phase.class)
                .setParameter("rows", limit + 1);
        if (afterSortOrder != null) {
            query.setParameter("afterSortOrder", afterSortOrder).setParameter("afterKey", afterKey);
        }
        return query.getResultList();
    }

    /** The phase with its row lock. */
    public Optional<Phase> lock(String key) {
        return findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE);
    }
}
