package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.workshops.service.PersonDataService;
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
 * What this service holds about one participant, for the one export participants assembles
 * ({@code /api/workshops/internal/people/<id>/data}). Only for callers with the role
 * {@code service}, only inside the cluster (the gateway refuses every
 * {@code /api/<service>/internal/...} path).
 */
@Path("/internal/people")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Between services (internal)", description = "Refused by the gateway; role service only")
public class InternalPeopleResource {

    private final PersonDataService people;

    public InternalPeopleResource(PersonDataService people) {
        this.people = people;
    }

    @GET
    @Path("/{participantId}/data")
    @Operation(summary = "A participant's registrations, questions, votes and mails queued here (their part of the one export)",
            description = "Empty lists when this service holds nothing of them")
    public PersonDataResponse data(@PathParam("participantId") UUID participantId) {
        return PersonDataResponse.of(people.of(participantId));
    }
}
