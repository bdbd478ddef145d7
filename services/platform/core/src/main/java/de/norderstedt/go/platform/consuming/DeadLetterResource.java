package de.norderstedt.go.platform.consuming;

import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * For operators, inside the cluster only (the gateway refuses {@code /api/*}{@code /internal/**}):
 * the dead letters of this service's consumers, and their re-drive after a fix. The path is below
 * the service's root ({@code quarkus.rest.path}), e.g. {@code /api/ideas/internal/dead-letters}.
 */
@Path("/internal/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations (internal)", description = "Not routed by the gateway")
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final TopicConsumers consumers;

    public DeadLetterResource(DeadLetters deadLetters, TopicConsumers consumers) {
        this.deadLetters = deadLetters;
        this.consumers = consumers;
    }

    public record DeadLetterList(List<String> consumers, long pending, List<DeadLetters.DeadLetter> items) {
    }

    @GET
    @Operation(summary = "Dead letters waiting for a re-drive, oldest first (at most 500)")
    public DeadLetterList list(@QueryParam("consumer") String consumer) {
        requireKnown(consumer);
        return new DeadLetterList(consumers.names(), deadLetters.countPending(consumer), deadLetters.pending(consumer, 500));
    }

    @POST
    @Path("/redrive")
    @Operation(summary = "Apply the waiting dead letters again (of one consumer, or all)",
            description = "Each is applied once, with its deduplication record; one that fails again stays with its new reason.")
    public DeadLetters.RedriveResult redrive(@QueryParam("consumer") String consumer) {
        requireKnown(consumer);
        return consumers.redrive(consumer);
    }

    /** Absent means all; anything else must name a consumer running here. */
    private void requireKnown(String consumer) {
        if (consumer != null && !consumers.names().contains(consumer)) {
            throw ProblemException.invalid("consumer", "must be one of " + consumers.names());
        }
    }
}
