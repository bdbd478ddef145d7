package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.DuplicatePair;

import java.util.UUID;

/** Two open ideas of one action field whose titles are very similar: perhaps one idea, to be merged. */
public record DuplicatePairResponse(UUID ideaId, String title, UUID otherId, String otherTitle, double similarity) {

    public static DuplicatePairResponse of(DuplicatePair p) {
        return new DuplicatePairResponse(p.ideaId(), p.title(), p.otherId(), p.otherTitle(), p.similarity());
    }
}
