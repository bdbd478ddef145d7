package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.service.ImportResult;

import java.util.UUID;

/** What an import did: the rows of the file, the cards that became new ideas, and those that were there already. */
public record ImportResponse(UUID importId, int rows, int created, int unchanged) {

    public static ImportResponse of(ImportResult r) {
        return new ImportResponse(r.importId(), r.rows(), r.created(), r.unchanged());
    }
}
