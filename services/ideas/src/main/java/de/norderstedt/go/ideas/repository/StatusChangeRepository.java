package de.norderstedt.go.ideas.repository;

import de.norderstedt.go.ideas.model.StatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The history of ideas, step by step in the order they happened. */
@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, Long> {

    /** One page of an idea's history in order, after the step {@code afterId} (null for the first page); {@code limit + 1} rows. */
    public List<StatusChange> page(UUID ideaId, Long afterId, int limit) {
        return find("ideaId = ?1 and id > ?2 order by id", ideaId, afterId == null ? 0L : afterId).page(0, limit + 1).list();
    }

    /** Where an erased person's account is recorded as the actor, the tombstone account replaces it. */
    public void replaceActor(String subject, String replacement) {
        getEntityManager().createNativeQuery("update idea_status_change set actor = ?2 where actor = ?1")
                .setParameter(1, subject).setParameter(2, replacement).executeUpdate();
    }
}
