package de.norderstedt.go.ideas.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The record of every import of workshop cards (table {@code idea_import}): what came in, by whom, when. */
@ApplicationScoped
public class ImportRepository {

    private final EntityManager em;

    public ImportRepository(EntityManager em) {
        this.em = em;
    }

    public void record(UUID importId, UUID workshopId, int created, int unchanged, String importedBy, Instant at) {
        em.createNativeQuery("""
                        insert into idea_import (id, workshop_id, created, unchanged, imported_by, imported_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, importId).setParameter(2, workshopId)
                .setParameter(3, created).setParameter(4, unchanged).setParameter(5, importedBy)
                .setParameter(6, Timestamp.from(at)).executeUpdate();
    }

    /** Where an erased person's account is recorded as importer, the tombstone account replaces it. */
    public void replaceImporter(String subject, String tombstoneAccount) {
        em.createNativeQuery("update idea_import set imported_by = ?2 where imported_by = ?1")
                .setParameter(1, subject).setParameter(2, tombstoneAccount).executeUpdate();
    }
}
