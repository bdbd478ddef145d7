package de.norderstedt.go.participants.repository;

import de.norderstedt.go.participants.model.ProgrammeContact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeContactRepository implements PanacheRepositoryBase<ProgrammeContact, UUID> {

    public List<ProgrammeContact> ordered() {
        return list("order by sortOrder, role");
    }
}
