package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.model.DuplicatePair;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaSort;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.model.SimilarIdea;
import de.norderstedt.go.ideas.service.IdeaFilter;
import de.norderstedt.go.ideas.service.IdeaListingService;
import de.norderstedt.go.ideas.service.IdeaWall;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The lists of ideas: filtered and searched, the wall, similar ideas while typing, duplicate candidates. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ideas", description = "The wall of ideas: cards in the four action fields, their workflow and supports")
public class IdeaListResource {

    private final IdeaListingService listings;
    private final ParticipantDirectory directory;

    public IdeaListResource(IdeaListingService listings, ParticipantDirectory directory) {
        this.listings = listings;
        this.directory = directory;
    }

    @GET
    @Operation(summary = "List ideas", description = "Filters combine; ?q= searches title and description in German "
            + "(stemming: 'Radwege' finds 'Radweg'). Default order: newest, or relevance when searching. Keyset paging with ?after=.")
    public Page<IdeaResponse> list(
            @QueryParam("actionField") ActionField actionField,
            @QueryParam("kind") IdeaKind kind,
            @QueryParam("status") @Parameter(description = "Withdrawn and rejected ideas for the staff only") IdeaStatus status,
            @QueryParam("workshopId") UUID workshopId,
            @QueryParam("tag") @Size(max = 40) String tag,
            @QueryParam("classification") Classification classification,
            @QueryParam("withinInfluence") @Parameter(description = "Filter by the reviewers' view on the programme's influence") Boolean withinInfluence,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("sort") IdeaSort sort,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Page<Idea> ideas = listings.list(new IdeaFilter(actionField, kind, status, workshopId, tag, classification,
                withinInfluence, q), sort, after, limit);
        return IdeaResponse.page(ideas, directory.publicNames(ideas.items().stream().map(i -> i.authorId).toList()));
    }

    @GET
    @Path("/wall")
    @Operation(summary = "The wall of ideas", description = "All four action fields with their counts (per status) and their newest ideas")
    public WallResponse wall(@QueryParam("status") IdeaStatus status,
                             @QueryParam("perField") @DefaultValue("20") @Min(0) @Max(Page.MAX_LIMIT) int perField) {
        IdeaWall wall = listings.wall(status, perField);
        Map<UUID, String> names = directory.publicNames(wall.fields().stream()
                .flatMap(f -> f.ideas().stream()).map(i -> i.authorId).toList());
        List<WallFieldResponse> fields = wall.fields().stream().map(f -> new WallFieldResponse(f.actionField(),
                f.actionField().germanLabel(), f.count(), f.byStatus(),
                f.ideas().stream().map(i -> IdeaResponse.of(i, names.get(i.authorId))).toList())).toList();
        return new WallResponse(wall.total(), fields);
    }

    @GET
    @Path("/similar")
    @Operation(summary = "Ideas that look like a text being written",
            description = "Ask while someone types a new idea, to suggest supporting an existing one; most similar first")
    public Page<SimilarIdeaResponse> similar(@QueryParam("text") @NotBlank @Size(min = 3, max = 500) String text,
                                             @QueryParam("actionField") ActionField actionField,
                                             @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                             @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Page<SimilarIdea> similar = listings.similar(text, actionField, after, limit);
        return new Page<>(similar.items().stream().map(SimilarIdeaResponse::of).toList(), similar.next());
    }

    @GET
    @Path("/duplicate-candidates")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.MODERATOR})
    @Operation(summary = "Pairs of open ideas that may be duplicates", description = "For the core team, to merge; most similar first")
    public Page<DuplicatePairResponse> duplicates(@QueryParam("actionField") ActionField actionField,
                                                  @QueryParam("ideaId") @Parameter(description = "Only pairs with this idea") UUID ideaId,
                                                  @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                                  @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Page<DuplicatePair> pairs = listings.duplicateCandidates(actionField, ideaId, after, limit);
        return new Page<>(pairs.items().stream().map(DuplicatePairResponse::of).toList(), pairs.next());
    }
}
