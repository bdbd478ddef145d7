package de.norderstedt.go.roadmap.repository;

import de.norderstedt.go.roadmap.model.ProgrammeMilestone;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeMilestoneRepository implements PanacheRepositoryBase<ProgrammeMilestone, UUID> {

    /** One page of the timeline in time order, after the keyset {@code (startsAt, id)}; fetches {@code limit + 1} rows. */
    public List<ProgrammeMilestone> page(Instant afterStartsAt, UUID afterId, int limit) {
        if (afterId == null) {
            return getEntityManager().createQuery("from ProgrammeMilestone m order by m.startsAt, m.id", ProgrammeMilestone.class)
                    .setMaxResults(limit + 1).getResultList();
        }
        return getEntityManager().createQuery("""
                        from ProgrammeMilestone m where m.startsAt > :startsAt or (m.startsAt = :startsAt and m.id > :id)
                        order by m.startsAt, m.id""", ProgrammeMilestone.class)
                .setParameter("startsAt", afterStartsAt).setParameter("id", afterId).setMaxResults(limit + 1).getResultList();
    }
}
