package de.norderstedt.go.platform.mail;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** participants' internal mail intake; used only by {@link MailRelay}. */
@RegisterRestClient(configKey = "participants")
@Path("/api/participants/internal/participants")
interface ParticipantMailRestClient {

    @POST
    @Path("/{id}/mails")
    @Consumes(MediaType.APPLICATION_JSON)
    Response forward(@PathParam("id") UUID participantId, ForwardedMail mail, @HeaderParam("Authorization") String authorization);
}
