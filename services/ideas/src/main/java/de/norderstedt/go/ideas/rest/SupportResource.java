package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.service.SupportService;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** An ambassador's support of an idea: once per person, given and withdrawn. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Ideas", description = "The wall of ideas: cards in the four action fields, their workflow and supports")
public class SupportResource {

    private final SupportService supports;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public SupportResource(SupportService supports, ParticipantDirectory directory, CurrentUser user) {
        this.supports = supports;
        this.directory = directory;
        this.user = user;
    }

    @PUT
    @Path("/{id}/support")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Support an idea (once per person; repeating changes nothing)")
    public SupportResponse support(@PathParam("id") UUID id) {
        return new SupportResponse(id, true, supports.support(id, directory.requireActive(user).participantId()));
    }

    @DELETE
    @Path("/{id}/support")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Withdraw your support")
    public SupportResponse unsupport(@PathParam("id") UUID id) {
        return new SupportResponse(id, false, supports.unsupport(id, directory.requireActive(user).participantId()));
    }
}
