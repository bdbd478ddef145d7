package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.Vision;
import de.norderstedt.go.roadmap.model.VisionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VisionRepository implements PanacheRepositoryBase<Vision, UUID> {

    /**
     * One page of the history, newest first, after the version number {@code afterVersion}; the
     * draft only when asked for. Fetches {@code limit + 1} rows so the caller knows whether a next page exists.
     */
    public List<Vision> historyPage(boolean includeDraft, Integer afterVersion, int limit) {
        StringBuilder jpql = new StringBuilder("from Vision v where (:includeDraft = true or v.status <> :draft)");
        if (afterVersion != null) {
            jpql.append(" and v.version < :afterVersion");
        }
        var query = getEntityManager().createQuery(jpql + " order by v.version desc", Vision.class)
                .setParameter("includeDraft", includeDraft).setParameter("draft", VisionStatus.DRAFT);
        if (afterVersion != null) {
            query.setParameter("afterVersion", afterVersion);
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    public Optional<Vision> withStatus(VisionStatus status) {
        return getEntityManager().createQuery("from Vision v where v.status = ?1", Vision.class).setParameter(1, status)
                .getResultStream().findFirst();
    }

    public int nextVersion() {
        return getEntityManager().createQuery("select coalesce(max(v.version), 0) from Vision v", Integer.class).getSingleResult() + 1;
    }

    /** Vision writes are rare; one at a time (until the transaction ends) keeps version numbers and the single draft simple. */
    public void lockVisions() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('roadmap.vision'))").getSingleResult();
    }
}
