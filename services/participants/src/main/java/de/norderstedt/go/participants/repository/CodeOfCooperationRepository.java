package de.norderstedt.go.participants.repository;

import de.norderstedt.go.participants.model.CodeOfCooperation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class CodeOfCooperationRepository implements PanacheRepositoryBase<CodeOfCooperation, Integer> {

    public Optional<CodeOfCooperation> current() {
        return find("order by version desc").firstResultOptional();
    }
}
