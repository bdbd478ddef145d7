package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.service.MailForwardingService;
import de.norderstedt.go.platform.mail.ForwardedMail;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Mails the other services write to a participant ({@code /api/participants/internal/participants/<id>/mails}):
 * their mail relay hands over the rendered mail with the participant id, never an address, and
 * this service sends it to the confirmed address it alone holds. Role {@code service} only, inside
 * the cluster only (the gateway refuses every {@code /api/<service>/internal/...} path).
 */
@Path("/internal/participants")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Between services (internal)", description = "Refused by the gateway; role service only")
public class InternalMailResource {

    private final MailForwardingService forwarding;

    public InternalMailResource(MailForwardingService forwarding) {
        this.forwarding = forwarding;
    }

    @POST
    @Path("/{id}/mails")
    @Operation(summary = "Send a mail to a participant's confirmed address",
            description = "Taken once per mail id. 404 when the participant is unknown, erased, or has no confirmed address"
                    + " that takes mail: the caller then drops the mail.")
    @APIResponse(responseCode = "202", description = "Queued (or queued before)")
    public Response send(@PathParam("id") UUID id, @NotNull ForwardedMail mail) {
        forwarding.accept(id, mail);
        return Response.accepted().build();
    }
}
