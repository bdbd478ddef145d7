package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.repository.IdeaQueries;
import de.norderstedt.go.ideas.service.AssessmentService;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.Params;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path(Api.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment", description = "The relevance and benefit check of ideas against the strategic goals")
public class AssessmentResource {

    private final AssessmentService assessments;
    private final IdeaQueries queries;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public AssessmentResource(AssessmentService assessments, IdeaQueries queries, ParticipantDirectory directory, CurrentUser user) {
        this.assessments = assessments;
        this.queries = queries;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Path("/assessment-criteria")
    @Operation(summary = "The criteria of the check, each scored 0–5, with their weights")
    public List<CriterionDto> criteria() {
        return assessments.criteria();
    }

    @PUT
    @Path("/assessment-criteria")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Replace the criteria")
    public List<CriterionDto> replaceCriteria(@NotEmpty List<@Valid @NotNull CriterionDto> criteria) {
        return assessments.replaceCriteria(criteria);
    }

    @PUT
    @Path("/{id}/assessments/mine")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record your own assessment of an idea in review (replaces your earlier one)")
    public AssessmentSummary assess(@PathParam("id") UUID id, @Valid @NotNull AssessmentRequest request) {
        return assessments.assess(id, user.subject(), request);
    }

    @GET
    @Path("/{id}/assessment")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "The aggregate of all reviewers: weighted mean, reviewer count, spread, goals, influence, horizon")
    public AssessmentSummary summary(@PathParam("id") UUID id) {
        return assessments.summary(id);
    }

    @GET
    @Path("/ranking")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Assessed and classified ideas by score, best first")
    public Page<IdeaResponse> ranking(@QueryParam("actionField") String actionField,
                                      @QueryParam("withinInfluence") @Parameter(description = "true: only ideas the programme can act on") String withinInfluence,
                                      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                      @QueryParam("after") String after) {
        IdeaQueries.Filter filter = new IdeaQueries.Filter(Params.enumValue(ActionField.class, "actionField", actionField), null,
                EnumSet.of(IdeaStatus.IN_REVIEW, IdeaStatus.ASSESSED, IdeaStatus.CLASSIFIED), null, null, null, Params.bool("withinInfluence", withinInfluence), null);
        List<Idea> rows = queries.page(filter, IdeaQueries.Sort.SCORE, after == null ? null : Cursor.decode(after, 2), limit);
        Map<UUID, String> names = directory.publicNames(rows.stream().map(i -> i.authorId).toList());
        return Page.of(rows, limit, i -> IdeaResponse.of(i, names.get(i.authorId)), i -> queries.cursorOf(i, IdeaQueries.Sort.SCORE, null));
    }
}
