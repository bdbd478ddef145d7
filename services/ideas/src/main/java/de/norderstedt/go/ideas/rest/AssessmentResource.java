package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Criterion;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.service.AssessmentService;
import de.norderstedt.go.ideas.service.IdeaListingService;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.List;
import java.util.UUID;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment", description = "The relevance and benefit check of ideas against the strategic goals")
public class AssessmentResource {

    private final AssessmentService assessments;
    private final IdeaListingService listings;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public AssessmentResource(AssessmentService assessments, IdeaListingService listings, ParticipantDirectory directory,
                              CurrentUser user) {
        this.assessments = assessments;
        this.listings = listings;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Path("/assessment-criteria")
    @Operation(summary = "The criteria of the check, each scored 0–5, with their weights, in their order")
    public Page<CriterionResponse> criteria(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                            @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Page<Criterion> criteria = assessments.criteria(after, limit);
        return new Page<>(criteria.items().stream().map(CriterionResponse::of).toList(), criteria.next());
    }

    @PUT
    @Path("/assessment-criteria")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Replace the criteria", description = "The body is the whole list, in order; the answer is the list as stored")
    public List<CriterionResponse> replaceCriteria(@NotEmpty List<@Valid @NotNull CriterionRequest> criteria) {
        return assessments.replaceCriteria(criteria.stream().map(CriterionRequest::toDefinition).toList()).stream()
                .map(CriterionResponse::of).toList();
    }

    @PUT
    @Path("/{id}/assessments/mine")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record your own assessment of an idea in review (replaces your earlier one)")
    public AssessmentSummaryResponse assess(@PathParam("id") UUID id, @Valid @NotNull AssessmentRequest request) {
        return AssessmentSummaryResponse.of(assessments.assess(id, user.subject(), request.toAssessment()));
    }

    @GET
    @Path("/{id}/assessment")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "The aggregate of all reviewers: weighted mean, reviewer count, spread, goals, influence, horizon")
    public AssessmentSummaryResponse summary(@PathParam("id") UUID id) {
        return AssessmentSummaryResponse.of(assessments.summary(id));
    }

    @GET
    @Path("/ranking")
    @Operation(summary = "Assessed and classified ideas by score, best first")
    public Page<IdeaResponse> ranking(@QueryParam("actionField") ActionField actionField,
                                      @QueryParam("withinInfluence") @Parameter(description = "true: only ideas the programme can act on") Boolean withinInfluence,
                                      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                      @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Page<Idea> ideas = listings.ranking(actionField, withinInfluence, after, limit);
        return IdeaResponse.page(ideas, directory.publicNames(ideas.items().stream().map(i -> i.authorId).toList()));
    }
}
