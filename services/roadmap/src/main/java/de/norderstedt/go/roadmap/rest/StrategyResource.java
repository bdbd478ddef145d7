package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.platform.problem.Params;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.roadmap.model.Goal;
import de.norderstedt.go.roadmap.model.Phase;
import de.norderstedt.go.roadmap.model.PhaseStatus;
import de.norderstedt.go.roadmap.model.ProgrammeMilestone;
import de.norderstedt.go.roadmap.model.Vision;
import de.norderstedt.go.roadmap.model.VisionStatus;
import de.norderstedt.go.roadmap.rest.StrategyRequests.GoalRequest;
import de.norderstedt.go.roadmap.rest.StrategyRequests.PhaseRequest;
import de.norderstedt.go.roadmap.rest.StrategyRequests.PriorityRequest;
import de.norderstedt.go.roadmap.rest.StrategyRequests.TimelineRequest;
import de.norderstedt.go.roadmap.rest.StrategyRequests.VisionRequest;
import de.norderstedt.go.roadmap.service.StrategyService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path(Api.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy", description = "Vision, action fields, strategic goals, programme phases and timeline")
public class StrategyResource {

    public record VisionResponse(UUID id, int version, String statement, VisionStatus status, OffsetDateTime adoptedAt,
                                 OffsetDateTime updatedAt) {
        static VisionResponse of(Vision v) {
            return new VisionResponse(v.id, v.version, v.statement, v.status, Times.berlin(v.adoptedAt), Times.berlin(v.updatedAt));
        }
    }

    public record GoalResponse(UUID id, String title, String description, ActionField actionField, String actionFieldLabel,
                               List<String> indicators, OffsetDateTime updatedAt) {
        static GoalResponse of(Goal g) {
            return new GoalResponse(g.id, g.title, g.description, g.actionField, g.actionField.germanLabel(), g.indicators,
                    Times.berlin(g.updatedAt));
        }
    }

    public record ActionFieldResponse(ActionField field, String label, int priority, List<GoalResponse> goals) {
    }

    public record PhaseResponse(String key, String title, String description, PhaseStatus status, LocalDate plannedStart,
                                LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {
        static PhaseResponse of(Phase p) {
            return new PhaseResponse(p.key, p.title, p.description, p.status, p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd);
        }
    }

    public record TimelineResponse(UUID id, String title, String description, String phase, OffsetDateTime startsAt,
                                   OffsetDateTime endsAt, boolean reached) {
        static TimelineResponse of(ProgrammeMilestone m) {
            return new TimelineResponse(m.id, m.title, m.description, m.phase, Times.berlin(m.startsAt), Times.berlin(m.endsAt), m.reached);
        }
    }

    private final StrategyService strategy;
    private final CurrentUser user;

    public StrategyResource(StrategyService strategy, CurrentUser user) {
        this.strategy = strategy;
        this.user = user;
    }

    // ---- vision ----

    @GET
    @Path("/vision")
    @Operation(summary = "The adopted smart-city vision")
    public VisionResponse vision() {
        return strategy.adoptedVision().map(VisionResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Vision", "(none adopted yet)"));
    }

    @GET
    @Path("/vision/history")
    @Operation(summary = "Every version of the vision, newest first (the draft for the programme team only)")
    public List<VisionResponse> visionHistory() {
        return strategy.visionHistory(user.isProgrammeTeam()).stream().map(VisionResponse::of).toList();
    }

    @PUT
    @Path("/vision/draft")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Write the draft of the next vision (created when there is none)")
    public VisionResponse writeDraft(@Valid @NotNull VisionRequest request) {
        return VisionResponse.of(strategy.writeDraftVision(request));
    }

    @POST
    @Path("/vision/draft/adoption")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Adopt the draft vision; the previous one stays in the history as superseded")
    public VisionResponse adoptDraft() {
        return VisionResponse.of(strategy.adoptVision());
    }

    // ---- action fields and goals ----

    @GET
    @Path("/action-fields")
    @Operation(summary = "The four action fields with German labels, in priority order, each with its strategic goals")
    public List<ActionFieldResponse> actionFields() {
        List<Goal> goals = strategy.goals(null);
        List<ActionField> order = strategy.fieldsByPriority();
        return order.stream().map(f -> new ActionFieldResponse(f, f.germanLabel(), order.indexOf(f) + 1,
                goals.stream().filter(g -> g.actionField == f).map(GoalResponse::of).toList())).toList();
    }

    @PUT
    @Path("/action-fields/priority")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Set the priority order of the four action fields")
    public List<ActionFieldResponse> prioritise(@Valid @NotNull PriorityRequest request) {
        strategy.reorderFields(request.order());
        return actionFields();
    }

    @GET
    @Path("/goals")
    @Operation(summary = "Strategic goals, optionally of one action field")
    public List<GoalResponse> goals(@QueryParam("actionField") String actionField) {
        ActionField field = Params.enumValue(ActionField.class, "actionField", actionField);
        return strategy.goals(field).stream().map(GoalResponse::of).toList();
    }

    @GET
    @Path("/goals/{id}")
    @Operation(summary = "One strategic goal")
    public GoalResponse goal(@PathParam("id") UUID id) {
        return GoalResponse.of(strategy.goal(id));
    }

    @POST
    @Path("/goals")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Define a strategic goal (announced as goal-defined; the ideas service then accepts it in assessments)")
    public Response defineGoal(@Valid @NotNull GoalRequest request) {
        Goal g = strategy.defineGoal(request);
        return Response.created(URI.create(Api.ROOT + "/goals/" + g.id)).entity(GoalResponse.of(g)).build();
    }

    @PUT
    @Path("/goals/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a strategic goal")
    public GoalResponse changeGoal(@PathParam("id") UUID id, @Valid @NotNull GoalRequest request) {
        return GoalResponse.of(strategy.changeGoal(id, request));
    }

    // ---- phases and timeline ----

    @GET
    @Path("/phases")
    @Operation(summary = "Phases I–III and the cross-cutting communication track, with dates and status")
    public List<PhaseResponse> phases() {
        return strategy.phases().stream().map(PhaseResponse::of).toList();
    }

    @PUT
    @Path("/phases/{key}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Set a phase's planned and actual dates and status (announced as phase-changed)")
    public PhaseResponse changePhase(@PathParam("key") String key, @Valid @NotNull PhaseRequest request) {
        return PhaseResponse.of(strategy.changePhase(key, request));
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "The programme's timeline: reports, workshops, council decisions, in time order")
    public List<TimelineResponse> timeline() {
        return strategy.timeline().stream().map(TimelineResponse::of).toList();
    }

    @POST
    @Path("/timeline")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add a date to the timeline")
    public Response addToTimeline(@Valid @NotNull TimelineRequest request) {
        ProgrammeMilestone m = strategy.addToTimeline(request);
        return Response.created(URI.create(Api.ROOT + "/timeline/" + m.id)).entity(TimelineResponse.of(m)).build();
    }

    @PUT
    @Path("/timeline/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a date of the timeline, or mark it reached")
    public TimelineResponse changeTimeline(@PathParam("id") UUID id, @Valid @NotNull TimelineRequest request) {
        return TimelineResponse.of(strategy.changeTimeline(id, request));
    }

}
