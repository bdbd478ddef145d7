package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.service.ContributionService;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The ideas section of a participant's export ({@code /api/ideas/internal/people/{participantId}/data}),
 * asked by participants when the person (or the staff for them) exports their data. Only for
 * callers with the role {@code service}, only inside the cluster (the gateway refuses every
 * {@code /api/<service>/internal/...} path).
 */
@Path("/internal/people")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Between services (internal)", description = "Refused by the gateway; role service only")
public class PersonDataResource {

    private final ContributionService contributions;

    public PersonDataResource(ContributionService contributions) {
        this.contributions = contributions;
    }

    @GET
    @Path("/{participantId}/data")
    @Operation(summary = "Everything ideas holds about a participant, for their export",
            description = "Their ideas (every status), comments, supports, reports of comments and the assessments they wrote as a reviewer; "
                    + "empty lists for a person ideas does not know")
    public PersonDataResponse data(@PathParam("participantId") UUID participantId) {
        return PersonDataResponse.of(contributions.export(participantId));
    }
}
