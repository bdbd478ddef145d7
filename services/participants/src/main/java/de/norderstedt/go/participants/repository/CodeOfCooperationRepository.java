package de.norderstedt.go.participants.repository;

import de.norderstedt.go.participants.model.CodeOfCooperation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CodeOfCooperationRepository implements PanacheRepositoryBase<CodeOfCooperation, Integer> {

    public Optional<CodeOfCooperation> current() {
        return find("order by version desc").firstResultOptional();
    }

    /** The current version with its row locked until the transaction ends (empty before the first). */
    public Optional<CodeOfCooperation> currentLocked() {
        return current().map(c -> findById(c.version, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Versions after {@code afterVersion} (all when null), oldest first: {@code limit + 1} of them. */
    public List<CodeOfCooperation> page(Integer afterVersion, int limit) {
        return afterVersion == null
                ? find("order by version").page(0, limit + 1).list()
                : find("version > ?1 order by version", afterVersion).page(0, limit + 1).list();
    }
}
