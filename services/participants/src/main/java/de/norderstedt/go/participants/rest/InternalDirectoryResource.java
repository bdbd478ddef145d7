package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.service.ParticipantLookup;
import de.norderstedt.go.platform.directory.DirectoryEntry;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The directory lookup of the other services ({@code /api/participants/internal/directory}): who
 * is the person behind a token subject. Only for callers with the role {@code service}, only
 * inside the cluster (the gateway refuses every {@code /api/<service>/internal/...} path), and only
 * what the other services keep: no e-mail, phone, district or age group.
 */
@Path("/internal")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Between services (internal)", description = "Refused by the gateway; role service only")
public class InternalDirectoryResource {

    private final ParticipantLookup lookup;

    public InternalDirectoryResource(ParticipantLookup lookup) {
        this.lookup = lookup;
    }

    @GET
    @Path("/directory")
    @Operation(summary = "The directory entry of the person behind a token subject (404: nobody registered with it)")
    public DirectoryEntry bySubject(@QueryParam("subject") String subject) {
        if (subject == null || subject.isBlank() || subject.length() > 255 || subject.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid("subject", "must be a token subject of 1 to 255 characters, without control characters");
        }
        return lookup.directoryEntry(subject).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "Nobody is registered with this account"));
    }
}
