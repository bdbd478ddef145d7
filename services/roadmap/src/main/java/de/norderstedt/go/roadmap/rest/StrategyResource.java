package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.roadmap.model.ActionFieldPriority;
import de.norderstedt.go.roadmap.model.Goal;
import de.norderstedt.go.roadmap.model.Phase;
import de.norderstedt.go.roadmap.model.ProgrammeMilestone;
import de.norderstedt.go.roadmap.model.Vision;
import de.norderstedt.go.roadmap.service.StrategyService;
import de.norderstedt.go.roadmap.service.TimelineService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy", description = "Vision, action fields, strategic goals, programme phases and timeline")
public class StrategyResource {

    private final StrategyService strategy;
    private final TimelineService timeline;
    private final CurrentUser user;

    public StrategyResource(StrategyService strategy, TimelineService timeline, CurrentUser user) {
        this.strategy = strategy;
        this.timeline = timeline;
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
    @Operation(summary = "Every version of the vision, newest first (the draft for the programme team only)",
            description = "Keyset paging with ?after=")
    public Page<VisionResponse> visionHistory(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                              @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(1);
        List<Vision> rows = strategy.visionHistory(user.isProgrammeTeam(), key == null ? null : key.integer(0), limit);
        return Page.of(rows, limit, VisionResponse::of, v -> Cursor.of(v.version));
    }

    @PUT
    @Path("/vision/draft")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Write the draft of the next vision (created when there is none)")
    public VisionResponse writeDraft(@Valid @NotNull VisionRequest request) {
        return VisionResponse.of(strategy.writeDraftVision(request.statement()));
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
    @Operation(summary = "The four action fields with German labels, in priority order, each with its strategic goals",
            description = "Keyset paging with ?after=")
    public Page<ActionFieldResponse> actionFields(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                                  @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(2);
        List<ActionFieldPriority> rows = strategy.fieldsPage(key == null ? null : key.integer(0), key == null ? null : key.text(1), limit);
        List<Goal> goals = strategy.goals(null);
        return Page.of(rows, limit, p -> actionField(p.field(), p.priority, goals), p -> Cursor.of(p.priority, p.actionField));
    }

    @PUT
    @Path("/action-fields/priority")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Set the priority order of the four action fields; answers all four in the new order")
    public List<ActionFieldResponse> prioritise(@Valid @NotNull PriorityRequest request) {
        List<ActionField> order = strategy.reorderFields(request.order());
        List<Goal> goals = strategy.goals(null);
        return order.stream().map(f -> actionField(f, order.indexOf(f) + 1, goals)).toList();
    }

    @GET
    @Path("/goals")
    @Operation(summary = "Strategic goals, optionally of one action field", description = "By action field, oldest first; keyset paging with ?after=")
    public Page<GoalResponse> goals(@QueryParam("actionField") ActionField actionField,
                                    @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                    @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(3);
        List<Goal> rows = strategy.goalsPage(actionField, key == null ? null : key.text(0), key == null ? null : key.instant(1),
                key == null ? null : key.uuid(2), limit);
        return Page.of(rows, limit, GoalResponse::of, g -> Cursor.of(g.actionField.name(), g.createdAt, g.id));
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
    public Response defineGoal(@Valid @NotNull GoalRequest request, @Context UriInfo uri) {
        Goal g = strategy.defineGoal(request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(g.id.toString()).build()).entity(GoalResponse.of(g)).build();
    }

    @PUT
    @Path("/goals/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a strategic goal")
    public GoalResponse changeGoal(@PathParam("id") UUID id, @Valid @NotNull GoalRequest request) {
        return GoalResponse.of(strategy.changeGoal(id, request.draft()));
    }

    // ---- phases and timeline ----

    @GET
    @Path("/phases")
    @Operation(summary = "Phases I–III and the cross-cutting communication track, with dates and status",
            description = "In programme order; keyset paging with ?after=")
    public Page<PhaseResponse> phases(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                      @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(2);
        List<Phase> rows = timeline.phases(key == null ? null : key.integer(0), key == null ? null : key.text(1), limit);
        return Page.of(rows, limit, PhaseResponse::of, p -> Cursor.of(p.sortOrder, p.key));
    }

    @PUT
    @Path("/phases/{key}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Set a phase's planned and actual dates and status (announced as phase-changed)")
    public PhaseResponse changePhase(@PathParam("key") String key, @Valid @NotNull PhaseRequest request) {
        return PhaseResponse.of(timeline.changePhase(key, request.changes()));
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "The programme's timeline: reports, workshops, council decisions, in time order",
            description = "Keyset paging with ?after=")
    public Page<TimelineResponse> timeline(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                           @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(2);
        List<ProgrammeMilestone> rows = timeline.timeline(key == null ? null : key.instant(0), key == null ? null : key.uuid(1), limit);
        return Page.of(rows, limit, TimelineResponse::of, m -> Cursor.of(m.startsAt, m.id));
    }

    @POST
    @Path("/timeline")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add a date to the timeline")
    public Response addToTimeline(@Valid @NotNull TimelineRequest request, @Context UriInfo uri) {
        ProgrammeMilestone m = timeline.addToTimeline(request.entry());
        return Response.created(uri.getAbsolutePathBuilder().path(m.id.toString()).build()).entity(TimelineResponse.of(m)).build();
    }

    @PUT
    @Path("/timeline/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a date of the timeline, or mark it reached")
    public TimelineResponse changeTimeline(@PathParam("id") UUID id, @Valid @NotNull TimelineRequest request) {
        return TimelineResponse.of(timeline.changeTimeline(id, request.entry()));
    }

    private static ActionFieldResponse actionField(ActionField field, int priority, List<Goal> goals) {
        return new ActionFieldResponse(field, field.germanLabel(), priority,
                goals.stream().filter(g -> g.actionField == field).map(GoalResponse::of).toList());
    }
}
