package de.norderstedt.go.platform.directory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The participants service's internal directory lookup; used only through {@link ParticipantsClient}. */
@RegisterRestClient(configKey = "participants")
@Path("/api/participants/internal")
@Produces(MediaType.APPLICATION_JSON)
interface ParticipantsRestClient {

    @GET
    @Path("/directory")
    DirectoryEntry bySubject(@QueryParam("subject") String subject, @HeaderParam("Authorization") String authorization);
}
