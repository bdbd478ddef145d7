package de.norderstedt.go.participants.repository;

import de.norderstedt.go.participants.model.ProgrammeContact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeContactRepository implements PanacheRepositoryBase<ProgrammeContact, UUID> {

    /**
     * Contacts in the order they are shown, {@code (sortOrder, role, id)}, after that keyset (from the
     * start when {@code afterId} is null): {@code limit + 1} of them.
     */
    public List<ProgrammeContact> page(Integer afterSortOrder, String afterRole, UUID afterId, int limit) {
        if (afterId == null) {
            return find("order by sortOrder, role, id").page(0, limit + 1).list();
        }
        Map<String, Object> after = Map.of("sortOrder", afterSortOrder, "role", afterRole, "id", afterId);
        return find("(sortOrder > :sortOrder or (sortOrder = :sortOrder and (role > :role or (role = :role and id > :id))))"
                + " order by sortOrder, role, id", after).page(0, limit + 1).list();
    }
}
