package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.roadmap.model.MeasureMilestone;
import de.norderstedt.go.roadmap.service.MeasureViewService;
import de.norderstedt.go.roadmap.service.ProgressService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A measure across versions: its implementation progress and milestones. These are reported,
 * not planned, so they change while the adopted version that planned the measure stays frozen.
 */
@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "Implementation progress and milestones of the roadmap's measures")
public class MeasureResource {

    private final ProgressService progress;
    private final MeasureViewService views;
    private final CurrentUser user;

    public MeasureResource(ProgressService progress, MeasureViewService views, CurrentUser user) {
        this.progress = progress;
        this.views = views;
        this.user = user;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A measure as the newest version the caller may see plans it, with progress and milestones")
    public MeasureResponse get(@PathParam("id") UUID id) {
        return MeasureResponse.of(views.newest(id, user.isProgrammeTeam()));
    }

    @PUT
    @Path("/{id}/progress")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Report status and progress (announced as measure-progressed, also for parents whose computed progress moved)")
    public MeasureResponse report(@PathParam("id") UUID id, @Valid @NotNull ProgressRequest request) {
        progress.report(id, request.report());
        return MeasureResponse.of(views.newest(id, true));
    }

    @POST
    @Path("/{id}/milestones")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add a milestone to a measure")
    public Response addMilestone(@PathParam("id") UUID id, @Valid @NotNull MilestoneRequest request, @Context UriInfo uri) {
        MeasureMilestone ms = progress.addMilestone(id, request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(ms.id.toString()).build()).entity(MilestoneResponse.of(ms)).build();
    }

    @PUT
    @Path("/{id}/milestones/{milestoneId}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a milestone or mark it done (announced as milestone-reached)")
    public MilestoneResponse changeMilestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
                                             @Valid @NotNull MilestoneRequest request) {
        return MilestoneResponse.of(progress.changeMilestone(id, milestoneId, request.draft()));
    }
}
