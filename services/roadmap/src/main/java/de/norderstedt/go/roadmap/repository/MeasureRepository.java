package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.Measure;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, UUID> {

    /** The progress records of the measures given, by id (a map the caller may change). */
    public Map<UUID, Measure> byIds(Collection<UUID> ids) {
        Map<UUID, Measure> found = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("from Measure m where m.id in ?1", Measure.class).setParameter(1, ids).getResultList()
                    .forEach(m -> found.put(m.id, m));
        }
        return found;
    }

    /** The measure with its row lock: progress reports of one measure go one at a time. */
    public Optional<Measure> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public void deleteRecord(UUID id) {
        getEntityManager().createQuery("delete from Measure x where x.id = ?1").setParameter(1, id).executeUpdate();
    }
}
