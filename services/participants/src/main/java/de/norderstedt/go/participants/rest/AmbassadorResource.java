package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.model.ParticipantType;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.Params;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The public directory of ambassadors who chose to be shown. Anyone may read it. */
@Path(Api.ROOT + "/ambassadors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ambassadors", description = "Public profiles of the future ambassadors")
public class AmbassadorResource {

    private final ParticipantRepository participants;

    public AmbassadorResource(ParticipantRepository participants) {
        this.participants = participants;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @SecurityRequirement(name = "none")
    @Operation(summary = "List public ambassador profiles", description = "Ordered by name; keyset paging with ?after=")
    public Page<PublicProfile> list(
            @QueryParam("actionField") @Parameter(schema = @Schema(implementation = ActionField.class)) String actionField,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ParticipantType.class)) String type,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page", schema = @Schema(type = SchemaType.STRING)) String after) {
        Cursor cursor = after == null ? null : Cursor.decode(after, 2);
        UUID afterId = cursor == null ? null : cursor.uuid(1);
        return Page.of(
                participants.directoryPage(Params.enumValue(ActionField.class, "actionField", actionField),
                        Params.enumValue(ParticipantType.class, "type", type),
                        cursor == null ? null : cursor.text(0), afterId, limit),
                limit, PublicProfile::of, p -> Cursor.of(p.displayName, p.id));
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One public ambassador profile", description = "404 unless the ambassador is active and chose to be shown")
    public PublicProfile get(@PathParam("id") UUID id) {
        Participant p = participants.findByIdOptional(id)
                .filter(x -> x.status == ParticipantStatus.ACTIVE && x.displayNamePublic)
                .orElseThrow(() -> ProblemException.notFound("Ambassador", id));
        return PublicProfile.of(p);
    }
}
