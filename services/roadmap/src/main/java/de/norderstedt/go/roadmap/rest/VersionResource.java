package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.roadmap.model.Goal;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.AdoptionRequest;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.FromCandidateRequest;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.MeasureRequest;
import de.norderstedt.go.roadmap.rest.RoadmapRequests.VersionRequest;
import de.norderstedt.go.roadmap.rest.RoadmapResponses.CandidateResponse;
import de.norderstedt.go.roadmap.rest.RoadmapResponses.MeasureResponse;
import de.norderstedt.go.roadmap.rest.RoadmapResponses.VersionResponse;
import de.norderstedt.go.roadmap.service.OpenDataService;
import de.norderstedt.go.roadmap.service.ProgressService;
import de.norderstedt.go.roadmap.service.RoadmapService;
import de.norderstedt.go.roadmap.service.StrategyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@Path(Api.ROOT + "/versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmap versions", description = "Roadmap 1.0, 2.0, ...: drafts, submission to the council, adoption, measures, candidates, open data")
public class VersionResource {

    private final RoadmapService roadmap;
    private final StrategyService strategy;
    private final ProgressService progress;
    private final OpenDataService openData;
    private final CurrentUser user;

    public VersionResource(RoadmapService roadmap, StrategyService strategy, ProgressService progress, OpenDataService openData,
                           CurrentUser user) {
        this.roadmap = roadmap;
        this.strategy = strategy;
        this.progress = progress;
        this.openData = openData;
        this.user = user;
    }

    @GET
    @Transactional
    @Operation(summary = "Roadmap versions, newest first (drafts and submissions for the programme team only)")
    public List<VersionResponse> list() {
        List<RoadmapVersion> all = roadmap.versions(true);
        return roadmap.versions(user.isProgrammeTeam()).stream().map(v -> response(v, all)).toList();
    }

    @POST
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Start the next version as a draft: a copy of the latest adopted one (1.0 starts empty)")
    public Response start(@Valid @NotNull VersionRequest request) {
        RoadmapVersion v = roadmap.startVersion(request);
        return Response.created(URI.create(Api.ROOT + "/versions/" + v.label)).entity(response(v)).build();
    }

    @GET
    @Path("/{label}")
    @Transactional
    @Operation(summary = "One version by its label, e.g. 1.0 (a stable URL)")
    public VersionResponse get(@PathParam("label") String label) {
        return response(roadmap.version(label, user.isProgrammeTeam()));
    }

    @PUT
    @Path("/{label}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a draft's title and summary (409 once submitted or adopted)")
    public VersionResponse change(@PathParam("label") String label, @Valid @NotNull VersionRequest request) {
        return response(roadmap.changeVersion(label, request));
    }

    @POST
    @Path("/{label}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Submit the draft to the city council (announced as version-submitted)")
    public VersionResponse submit(@PathParam("label") String label) {
        return response(roadmap.submit(label));
    }

    @DELETE
    @Path("/{label}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Take a submission back into draft")
    public VersionResponse withdraw(@PathParam("label") String label) {
        return response(roadmap.withdrawSubmission(label));
    }

    @POST
    @Path("/{label}/adoption")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Record the council's resolution: the version is adopted and frozen, the previous one superseded")
    public VersionResponse adopt(@PathParam("label") String label, @Valid @NotNull AdoptionRequest request) {
        return response(roadmap.adopt(label, request));
    }

    // ---- measures ----

    @GET
    @Path("/{label}/measures")
    @Transactional
    @Operation(summary = "The measures of a version with progress (a parent's is the weighted mean of its sub-measures) and milestones")
    public List<MeasureResponse> measures(@PathParam("label") String label) {
        RoadmapVersion v = roadmap.version(label, user.isProgrammeTeam());
        List<PlannedMeasure> plan = roadmap.measures(v.id);
        return RoadmapResponses.measures(v.label, plan, plan, goalsOf(plan), progress);
    }

    @GET
    @Path("/{label}/measures/{id}")
    @Transactional
    @Operation(summary = "One measure of a version")
    public MeasureResponse measure(@PathParam("label") String label, @PathParam("id") UUID id) {
        RoadmapVersion v = roadmap.version(label, user.isProgrammeTeam());
        return one(v, id);
    }

    @POST
    @Path("/{label}/measures")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Transactional
    @Operation(summary = "Add a measure to the draft (409 once submitted or adopted)")
    public Response addMeasure(@PathParam("label") String label, @Valid @NotNull MeasureRequest request) {
        PlannedMeasure m = roadmap.addMeasure(label, request);
        return created(label, m);
    }

    @PUT
    @Path("/{label}/measures/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Transactional
    @Operation(summary = "Change a measure of the draft (409 once submitted or adopted)")
    public MeasureResponse changeMeasure(@PathParam("label") String label, @PathParam("id") UUID id,
                                         @Valid @NotNull MeasureRequest request) {
        roadmap.changeMeasure(label, id, request);
        return one(roadmap.version(label, true), id);
    }

    @DELETE
    @Path("/{label}/measures/{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Remove a measure from the draft (409 once submitted or adopted)")
    public Response removeMeasure(@PathParam("label") String label, @PathParam("id") UUID id) {
        roadmap.removeMeasure(label, id);
        return Response.noContent().build();
    }

    // ---- candidates ----

    @GET
    @Path("/{label}/candidates")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Ideas classified as quick win or medium-term project that no measure of this draft takes up yet, best score first")
    public List<CandidateResponse> candidates(@PathParam("label") String label) {
        return roadmap.candidatesFor(label).stream().map(CandidateResponse::of).toList();
    }

    @POST
    @Path("/{label}/candidates/{ideaId}/measure")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Transactional
    @Operation(summary = "Turn a candidate into a measure of the draft (title, text, field, goals and horizon from the idea; the body may name the owner, {} takes the city administration)")
    public Response fromCandidate(@PathParam("label") String label, @PathParam("ideaId") UUID ideaId,
                                  @Valid @NotNull FromCandidateRequest request) {
        PlannedMeasure m = roadmap.measureFromCandidate(label, ideaId, request);
        return created(label, m);
    }

    // ---- open data ----

    @GET
    @Path("/{label}/open-data/roadmap.json")
    @Transactional
    @Operation(summary = "Open data: the version with its goals and measures (JSON)")
    public Map<String, Object> openDataJson(@PathParam("label") String label) {
        RoadmapVersion v = roadmap.version(label, false);
        List<PlannedMeasure> plan = roadmap.measures(v.id);
        Map<UUID, Goal> goals = goalsOf(plan);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", response(v));
        body.put("license", "Datenlizenz Deutschland – Namensnennung – Version 2.0 (" + "https://www.govdata.de/dl-de/by-2-0)");
        body.put("goals", goals.values().stream().map(StrategyResource.GoalResponse::of).toList());
        body.put("measures", RoadmapResponses.measures(v.label, plan, plan, goals, progress));
        return body;
    }

    @GET
    @Path("/{label}/open-data/measures.csv")
    @Produces("text/csv")
    @Transactional
    @Operation(summary = "Open data: the measures of the version (CSV, RFC 4180, UTF-8)")
    public Response openDataCsv(@PathParam("label") String label) {
        RoadmapVersion v = roadmap.version(label, false);
        List<PlannedMeasure> plan = roadmap.measures(v.id);
        Map<UUID, Goal> goals = goalsOf(plan);
        List<List<Object>> rows = new ArrayList<>();
        for (MeasureResponse m : RoadmapResponses.measures(v.label, plan, plan, goals, progress)) {
            rows.add(java.util.Arrays.asList(m.id(), m.versionLabel(), m.title(), m.description(), m.actionField(), m.actionFieldLabel(),
                    m.goals().stream().map(RoadmapResponses.GoalRef::title).toList(), m.horizon(), m.owner(), m.ownerDetail(),
                    m.plannedStart(), m.plannedEnd(), m.status(), m.progressPercent(), m.parentMeasureId(), m.weight(),
                    m.fundingProgrammes(), m.milestones().stream().filter(RoadmapResponses.MilestoneResponse::done).count(),
                    m.milestones().size(), m.ideaIds()));
        }
        return Response.ok(openData.csv(rows)).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"norderstedt-go-roadmap-" + v.label + ".csv\"").build();
    }

    @GET
    @Path("/{label}/open-data/dcat.jsonld")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @Transactional
    @Operation(summary = "Open data: the DCAT-AP.de description of the version's dataset (JSON-LD)")
    public Map<String, Object> dcat(@PathParam("label") String label) {
        RoadmapVersion v = roadmap.version(label, false);
        List<PlannedMeasure> plan = roadmap.measures(v.id);
        Instant modified = progress.records(plan.stream().map(p -> p.measureId).toList()).values().stream()
                .map(m -> m.progressedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .filter(t -> t.isAfter(v.updatedAt)).orElse(v.updatedAt);
        return openData.dataset(v, modified);
    }

    private Response created(String label, PlannedMeasure m) {
        RoadmapVersion v = roadmap.version(label, true);
        return Response.created(URI.create(Api.ROOT + "/versions/" + v.label + "/measures/" + m.measureId)).entity(one(v, m.measureId)).build();
    }

    private MeasureResponse one(RoadmapVersion v, UUID id) {
        List<PlannedMeasure> plan = roadmap.measures(v.id);
        PlannedMeasure m = roadmap.planned(v.id, id);
        return RoadmapResponses.measures(v.label, plan, List.of(m), goalsOf(List.of(m)), progress).get(0);
    }

    private Map<UUID, Goal> goalsOf(List<PlannedMeasure> plan) {
        Set<UUID> ids = new HashSet<>();
        plan.forEach(p -> ids.addAll(p.goalIds));
        return strategy.goalsById(ids);
    }

    private VersionResponse response(RoadmapVersion v) {
        return response(v, roadmap.versions(true));
    }

    private VersionResponse response(RoadmapVersion v, List<RoadmapVersion> all) {
        String basedOn = v.basedOn == null ? null : all.stream().filter(o -> o.id.equals(v.basedOn)).map(o -> o.label).findFirst().orElse(null);
        return VersionResponse.of(v, basedOn, roadmap.measures(v.id).size());
    }


}
