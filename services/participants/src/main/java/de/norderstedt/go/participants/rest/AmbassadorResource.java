package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.ParticipantType;
import de.norderstedt.go.participants.service.AmbassadorDirectory;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The public directory of ambassadors who chose to be shown. Anyone may read it. */
@Path("/ambassadors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ambassadors", description = "Public profiles of the future ambassadors")
public class AmbassadorResource {

    private final AmbassadorDirectory directory;

    public AmbassadorResource(AmbassadorDirectory directory) {
        this.directory = directory;
    }

    @GET
    @SecurityRequirement(name = "none")
    @Operation(summary = "List public ambassador profiles", description = "Ordered by name; keyset paging with ?after=")
    public Page<PublicProfileResponse> list(
            @QueryParam("actionField") ActionField actionField,
            @QueryParam("type") ParticipantType type,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") Cursor after) {
        Cursor cursor = after == null ? null : after.expect(2);
        return Page.of(
                directory.page(actionField, type, cursor == null ? null : cursor.text(0), cursor == null ? null : cursor.uuid(1), limit),
                limit, PublicProfileResponse::of, p -> Cursor.of(p.displayName, p.id));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One public ambassador profile", description = "404 unless the ambassador is active and chose to be shown")
    public PublicProfileResponse get(@PathParam("id") UUID id) {
        return PublicProfileResponse.of(directory.ambassador(id));
    }
}
