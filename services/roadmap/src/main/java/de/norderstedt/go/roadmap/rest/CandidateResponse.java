package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.roadmap.model.Candidate;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A classified idea the draft may take up as a measure. */
public record CandidateResponse(UUID ideaId, String title, String description, ActionField actionField, String classification,
                                BigDecimal score, List<UUID> goalIds) {

    static CandidateResponse of(Candidate c) {
        return new CandidateResponse(c.ideaId, c.title, c.description, c.actionField, c.classification, c.score, c.goalIds);
    }
}
