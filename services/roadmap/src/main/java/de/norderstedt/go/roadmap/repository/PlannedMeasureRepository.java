package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.PlannedMeasure;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlannedMeasureRepository implements PanacheRepositoryBase<PlannedMeasure, UUID> {

    /** A version's whole plan, in plan order. */
    public List<PlannedMeasure> plan(UUID versionId) {
        return getEntityManager().createQuery("from PlannedMeasure m where m.versionId = ?1 order by m.sortOrder, m.id", PlannedMeasure.class)
                .setParameter(1, versionId).getResultList();
    }

    /** One page of a version's plan, after the keyset {@code (sortOrder, id)}; fetches {@code limit + 1} rows. */
    public List<PlannedMeasure> page(UUID versionId, Integer afterSortOrder, UUID afterId, int limit) {
        if (afterId == null) {
            return getEntityManager().createQuery("from PlannedMeasure m where m.versionId = ?1 order by m.sortOrder, m.id", PlannedMeasure.class)
                    .setParameter(1, versionId).setMaxResults(limit + 1).getResultList();
        }
        return getEntityManager().createQuery("""
                        from PlannedMeasure m where m.versionId = ?1 and (m.sortOrder > ?2 or (m.sortOrder = ?2 and m.id > ?3))
                        order by m.sortOrder, m.id""", PlannedMeasure.class)
                .setParameter(1, versionId).setParameter(2, afterSortOrder).setParameter(3, afterId)
                .setMaxResults(limit + 1).getResultList();
    }

    public int countIn(UUID versionId) {
        return Math.toIntExact(count("versionId", versionId));
    }

    public Optional<PlannedMeasure> planned(UUID versionId, UUID measureId) {
        return getEntityManager().createQuery("from PlannedMeasure p where p.versionId = ?1 and p.measureId = ?2", PlannedMeasure.class)
                .setParameter(1, versionId).setParameter(2, measureId).getResultStream().findFirst();
    }

    public int nextSortOrder(UUID versionId) {
        return getEntityManager().createQuery("select coalesce(max(m.sortOrder), 0) from PlannedMeasure m where m.versionId = ?1", Integer.class)
                .setParameter(1, versionId).getSingleResult() + 1;
    }

    /** How many measures of the version name {@code measureId} as their parent. */
    public long children(UUID versionId, UUID measureId) {
        return getEntityManager().createQuery("select count(m) from PlannedMeasure m where m.versionId = ?1 and m.parentId = ?2", Long.class)
                .setParameter(1, versionId).setParameter(2, measureId).getSingleResult();
    }

    /** In how many versions the measure is planned. */
    public long versionsPlanning(UUID measureId) {
        return getEntityManager().createQuery("select count(m) from PlannedMeasure m where m.measureId = ?1", Long.class)
                .setParameter(1, measureId).getSingleResult();
    }
}
