package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.model.Owner;
import jakarta.validation.constraints.Size;

/** A candidate turned into a measure: everything else comes from the idea; no owner means the city administration. */
public record FromCandidateRequest(Owner owner, @Size(max = 200) String ownerDetail) {
}
