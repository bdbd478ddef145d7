package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.roadmap.model.MeasureMilestone;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.MilestoneRequest;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.ProgressRequest;
import de.norderstedt.go.roadmap.rest.RoadmapResponses.MeasureResponse;
import de.norderstedt.go.roadmap.rest.RoadmapResponses.MilestoneResponse;
import de.norderstedt.go.roadmap.service.ProgressService;
import de.norderstedt.go.roadmap.service.StrategyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A measure across versions: its implementation progress and milestones. These are reported,
 * not planned, so they change while the adopted version that planned the measure stays frozen.
 */
@Path(Api.ROOT + "/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "Implementation progress and milestones of the roadmap's measures")
public class MeasureResource {

    private final ProgressService progress;
    private final StrategyService strategy;
    private final CurrentUser user;

    public MeasureResource(ProgressService progress, StrategyService strategy, CurrentUser user) {
        this.progress = progress;
        this.strategy = strategy;
        this.user = user;
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A measure as the newest version the caller may see plans it, with progress and milestones")
    public MeasureResponse get(@PathParam("id") UUID id) {
        return view(id, user.isProgrammeTeam());
    }

    @PUT
    @Path("/{id}/progress")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Transactional
    @Operation(summary = "Report status and progress (announced as measure-progressed, also for parents whose computed progress moved)")
    public MeasureResponse report(@PathParam("id") UUID id, @Valid @NotNull ProgressRequest request) {
        progress.report(id, request);
        return view(id, true);
    }

    @POST
    @Path("/{id}/milestones")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add a milestone to a measure")
    public Response addMilestone(@PathParam("id") UUID id, @Valid @NotNull MilestoneRequest request) {
        MeasureMilestone ms = progress.addMilestone(id, request);
        return Response.created(URI.create(Api.ROOT + "/measures/" + id + "/milestones/" + ms.id)).entity(MilestoneResponse.of(ms)).build();
    }

    @PUT
    @Path("/{id}/milestones/{milestoneId}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a milestone or mark it done (announced as milestone-reached)")
    public MilestoneResponse changeMilestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
                                             @Valid @NotNull MilestoneRequest request) {
        return MilestoneResponse.of(progress.changeMilestone(id, milestoneId, request));
    }

    private MeasureResponse view(UUID id, boolean staff) {
        ProgressService.PlannedView view = progress.newestPlan(id, staff);
        PlannedMeasure m = view.plan().stream().filter(p -> p.measureId.equals(id)).findFirst().orElseThrow();
        return RoadmapResponses.measures(view.version().label, view.plan(), List.of(m), strategy.goalsById(m.goalIds), progress).get(0);
    }
}
