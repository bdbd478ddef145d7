package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.model.VersionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RoadmapVersionRepository implements PanacheRepositoryBase<RoadmapVersion, UUID> {

    private static final List<VersionStatus> RESOLVED = List.of(VersionStatus.ADOPTED, VersionStatus.SUPERSEDED);
    private static final List<VersionStatus> OPEN = List.of(VersionStatus.DRAFT, VersionStatus.SUBMITTED);

    /**
     * One page of the versions, newest first, after the major number {@code afterMajor}; drafts and
     * submissions only when asked for. Fetches {@code limit + 1} rows so the caller knows whether a next page exists.
     */
    public List<RoadmapVersion> page(boolean includeOpen, Integer afterMajor, int limit) {
        StringBuilder jpql = new StringBuilder("from RoadmapVersion v where (:includeOpen = true or v.status in :resolved)");
        if (afterMajor != null) {
            jpql.append(" and v.major < :afterMajor");
        }
        var query = getEntityManager().createQuery(jpql + " order by v.major desc", RoadmapVersion.class)
                .setParameter("includeOpen", includeOpen).setParameter("resolved", RESOLVED);
        if (afterMajor != null) {
            query.setParameter("afterMajor", afterMajor);
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    public Optional<RoadmapVersion> byLabel(String label) {
        return getEntityManager().createQuery("from RoadmapVersion v where v.label = ?1", RoadmapVersion.class).setParameter(1, label)
                .getResultStream().findFirst();
    }

    public Optional<RoadmapVersion> withStatus(VersionStatus status) {
        return getEntityManager().createQuery("from RoadmapVersion v where v.status = ?1", RoadmapVersion.class)
                .setParameter(1, status).getResultStream().findFirst();
    }

    /** The version in the making (a draft or a submission), if there is one. */
    public Optional<RoadmapVersion> open() {
        return getEntityManager().createQuery("from RoadmapVersion v where v.status in ?1", RoadmapVersion.class)
                .setParameter(1, OPEN).getResultStream().findFirst();
    }

    public int nextMajor() {
        return getEntityManager().createQuery("select coalesce(max(v.major), 0) from RoadmapVersion v", Integer.class).getSingleResult() + 1;
    }

    /** The newest version that plans the measure; only adopted or superseded ones unless {@code includeOpen}. */
    public Optional<RoadmapVersion> newestPlanning(UUID measureId, boolean includeOpen) {
        return getEntityManager().createQuery("""
                        select v from RoadmapVersion v where v.id in (select p.versionId from PlannedMeasure p where p.measureId = ?1)
                        and (?2 = true or v.status in ?3) order by v.major desc""", RoadmapVersion.class)
                .setParameter(1, measureId).setParameter(2, includeOpen).setParameter(3, RESOLVED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Starting a version is one at a time until the transaction ends: the next major number, one open version. */
    public void lockVersions() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('roadmap.version'))").getSingleResult();
    }

    /** Locks the version's row against a concurrent submission or adoption and reads it afresh. */
    public void lock(RoadmapVersion v) {
        getEntityManager().lock(v, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(v);
    }
}
