package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.roadmap.model.Candidate;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.service.AdoptionService;
import de.norderstedt.go.roadmap.service.CandidateService;
import de.norderstedt.go.roadmap.service.MeasurePlanningService;
import de.norderstedt.go.roadmap.service.MeasureView;
import de.norderstedt.go.roadmap.service.MeasureViewService;
import de.norderstedt.go.roadmap.service.OpenDataService;
import de.norderstedt.go.roadmap.service.VersionOverview;
import de.norderstedt.go.roadmap.service.VersionPlan;
import de.norderstedt.go.roadmap.service.VersionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmap versions", description = "Roadmap 1.0, 2.0, ...: drafts, submission to the council, adoption, measures, candidates, open data")
public class VersionResource {

    private final VersionService versions;
    private final AdoptionService adoption;
    private final MeasurePlanningService planning;
    private final MeasureViewService views;
    private final CandidateService candidates;
    private final OpenDataService openData;
    private final CurrentUser user;

    public VersionResource(VersionService versions, AdoptionService adoption, MeasurePlanningService planning, MeasureViewService views,
                           CandidateService candidates, OpenDataService openData, CurrentUser user) {
        this.versions = versions;
        this.adoption = adoption;
        this.planning = planning;
        this.views = views;
        this.candidates = candidates;
        this.openData = openData;
        this.user = user;
    }

    @GET
    @Operation(summary = "Roadmap versions, newest first (drafts and submissions for the programme team only)",
            description = "Keyset paging with ?after=")
    public Page<VersionResponse> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                      @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(1);
        List<VersionOverview> rows = versions.page(user.isProgrammeTeam(), key == null ? null : key.integer(0), limit);
        return Page.of(rows, limit, VersionResponse::of, o -> Cursor.of(o.version().major));
    }

    @POST
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Start the next version as a draft: a copy of the latest adopted one (1.0 starts empty)")
    public Response start(@Valid @NotNull VersionRequest request, @Context UriInfo uri) {
        RoadmapVersion v = versions.startVersion(request.title(), request.summary());
        return Response.created(uri.getAbsolutePathBuilder().path(v.label).build()).entity(response(v)).build();
    }

    @GET
    @Path("/{label}")
    @Operation(summary = "One version by its label, e.g. 1.0 (a stable URL)")
    public VersionResponse get(@PathParam("label") String label) {
        return VersionResponse.of(versions.overview(label, user.isProgrammeTeam()));
    }

    @PUT
    @Path("/{label}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a draft's title and summary (409 once submitted or adopted)")
    public VersionResponse change(@PathParam("label") String label, @Valid @NotNull VersionRequest request) {
        return response(versions.changeVersion(label, request.title(), request.summary()));
    }

    @POST
    @Path("/{label}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Submit the draft to the city council (announced as version-submitted)")
    public VersionResponse submit(@PathParam("label") String label) {
        return response(adoption.submit(label));
    }

    @DELETE
    @Path("/{label}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Take a submission back into draft")
    public VersionResponse withdraw(@PathParam("label") String label) {
        return response(adoption.withdrawSubmission(label));
    }

    @POST
    @Path("/{label}/adoption")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Record the council's resolution: the version is adopted and frozen, the previous one superseded")
    public VersionResponse adopt(@PathParam("label") String label, @Valid @NotNull AdoptionRequest request) {
        return response(adoption.adopt(label, request.resolution()));
    }

    // ---- measures ----

    @GET
    @Path("/{label}/measures")
    @Operation(summary = "The measures of a version with progress (a parent's is the weighted mean of its sub-measures) and milestones",
            description = "In plan order; keyset paging with ?after=")
    public Page<MeasureResponse> measures(@PathParam("label") String label,
                                          @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                          @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(2);
        List<MeasureView> rows = views.page(label, user.isProgrammeTeam(), key == null ? null : key.integer(0),
                key == null ? null : key.uuid(1), limit);
        return Page.of(rows, limit, MeasureResponse::of, m -> Cursor.of(m.planned().sortOrder, m.planned().id));
    }

    @GET
    @Path("/{label}/measures/{id}")
    @Operation(summary = "One measure of a version")
    public MeasureResponse measure(@PathParam("label") String label, @PathParam("id") UUID id) {
        return MeasureResponse.of(views.one(label, user.isProgrammeTeam(), id));
    }

    @POST
    @Path("/{label}/measures")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add a measure to the draft (409 once submitted or adopted)")
    public Response addMeasure(@PathParam("label") String label, @Valid @NotNull MeasureRequest request, @Context UriInfo uri) {
        PlannedMeasure m = planning.addMeasure(label, request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(m.measureId.toString()).build())
                .entity(MeasureResponse.of(views.one(label, true, m.measureId))).build();
    }

    @PUT
    @Path("/{label}/measures/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a measure of the draft (409 once submitted or adopted)")
    public MeasureResponse changeMeasure(@PathParam("label") String label, @PathParam("id") UUID id,
                                         @Valid @NotNull MeasureRequest request) {
        planning.changeMeasure(label, id, request.draft());
        return MeasureResponse.of(views.one(label, true, id));
    }

    @DELETE
    @Path("/{label}/measures/{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Remove a measure from the draft (409 once submitted or adopted)")
    public Response removeMeasure(@PathParam("label") String label, @PathParam("id") UUID id) {
        planning.removeMeasure(label, id);
        return Response.noContent().build();
    }

    // ---- candidates ----

    @GET
    @Path("/{label}/candidates")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Ideas classified as quick win or medium-term project that no measure of this draft takes up yet, best score first",
            description = "Keyset paging with ?after=")
    public Page<CandidateResponse> candidates(@PathParam("label") String label,
                                              @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                              @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(3);
        // A candidate without a score sorts last; its cursor holds an empty score.
        BigDecimal afterScore = key == null || key.get(0).isEmpty() ? null : key.decimal(0);
        List<Candidate> rows = candidates.forDraft(label, key != null, afterScore, key == null ? null : key.text(1),
                key == null ? null : key.uuid(2), limit);
        return Page.of(rows, limit, CandidateResponse::of,
                c -> Cursor.of(c.score == null ? "" : c.score.toPlainString(), c.title, c.ideaId));
    }

    @POST
    @Path("/{label}/candidates/{ideaId}/measure")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Turn a candidate into a measure of the draft (title, text, field, goals and horizon from the idea; the body may name the owner, {} takes the city administration)")
    public Response fromCandidate(@PathParam("label") String label, @PathParam("ideaId") UUID ideaId,
                                  @Valid @NotNull FromCandidateRequest request, @Context UriInfo uri) {
        PlannedMeasure m = candidates.measureFromCandidate(label, ideaId, request.owner(), request.ownerDetail());
        return Response.created(uri.getBaseUriBuilder().path(VersionResource.class).path("{label}/measures/{id}")
                        .build(label, m.measureId))
                .entity(MeasureResponse.of(views.one(label, true, m.measureId))).build();
    }

    // ---- open data ----

    @GET
    @Path("/{label}/open-data/roadmap.json")
    @Operation(summary = "Open data: the version with its goals and measures (JSON)")
    public Map<String, Object> openDataJson(@PathParam("label") String label) {
        VersionPlan plan = views.openData(label);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", VersionResponse.of(plan.version()));
        body.put("license", "Datenlizenz Deutschland – Namensnennung – Version 2.0 (" + "https://www.govdata.de/dl-de/by-2-0)");
        body.put("goals", plan.goals().stream().map(GoalResponse::of).toList());
        body.put("measures", plan.measures().stream().map(MeasureResponse::of).toList());
        return body;
    }

    @GET
    @Path("/{label}/open-data/measures.csv")
    @Produces("text/csv")
    @Operation(summary = "Open data: the measures of the version (CSV, RFC 4180, UTF-8)")
    public Response openDataCsv(@PathParam("label") String label) {
        VersionPlan plan = views.openData(label);
        return Response.ok(openData.csv(plan.measures())).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"norderstedt-go-roadmap-" + plan.version().version().label + ".csv\"")
                .build();
    }

    @GET
    @Path("/{label}/open-data/dcat.jsonld")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Open data: the DCAT-AP.de description of the version's dataset (JSON-LD)")
    public Map<String, Object> dcat(@PathParam("label") String label) {
        return openData.dcat(label);
    }

    private VersionResponse response(RoadmapVersion v) {
        return VersionResponse.of(versions.overview(v));
    }
}
