package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.MeasureMilestone;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeasureMilestoneRepository implements PanacheRepositoryBase<MeasureMilestone, UUID> {

    /** The milestones of the measures given, by due date. */
    public List<MeasureMilestone> ofMeasures(Collection<UUID> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("from MeasureMilestone ms where ms.measureId in ?1 order by ms.dueDate, ms.id", MeasureMilestone.class)
                .setParameter(1, measureIds).getResultList();
    }

    public Optional<MeasureMilestone> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public void deleteOfMeasure(UUID measureId) {
        getEntityManager().createQuery("delete from MeasureMilestone ms where ms.measureId = ?1").setParameter(1, measureId).executeUpdate();
    }
}
