package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Classification;
import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.repository.IdeaQueries;
import de.norderstedt.go.ideas.service.IdeaService;
import de.norderstedt.go.ideas.service.SupportService;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.Params;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.ideas.model.IdeaOrigin;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@Path(Api.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ideas", description = "The wall of ideas: cards in the four action fields, their workflow and supports")
public class IdeaResource {

    private static final Set<IdeaStatus> OPEN = EnumSet.of(IdeaStatus.SUBMITTED, IdeaStatus.IN_REVIEW, IdeaStatus.ASSESSED, IdeaStatus.CLASSIFIED);
    private static final Set<IdeaStatus> PUBLISHED = IdeaVisibility.PUBLISHED;

    private final IdeaVisibility visibility;

    private final IdeaService ideas;
    private final SupportService supports;
    private final IdeaQueries queries;
    private final ParticipantDirectory directory;
    private final CurrentUser user;
    private final EntityManager em;

    public IdeaResource(IdeaService ideas, SupportService supports, IdeaQueries queries, ParticipantDirectory directory,
                        CurrentUser user, EntityManager em, IdeaVisibility visibility) {
        this.visibility = visibility;
        this.ideas = ideas;
        this.supports = supports;
        this.queries = queries;
        this.directory = directory;
        this.user = user;
        this.em = em;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "List ideas", description = "Filters combine; ?q= searches title and description in German "
            + "(stemming: 'Radwege' finds 'Radweg'). Default order: newest, or relevance when searching. Keyset paging with ?after=.")
    public Page<IdeaResponse> list(
            @QueryParam("actionField") @Parameter(schema = @Schema(implementation = ActionField.class)) String actionField,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = IdeaKind.class)) String kind,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = IdeaStatus.class)) String status,
            @QueryParam("workshopId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String workshopId,
            @QueryParam("tag") @Size(max = 40) String tag,
            @QueryParam("classification") @Parameter(schema = @Schema(implementation = Classification.class)) String classification,
            @QueryParam("withinInfluence") @Parameter(description = "Filter by the reviewers' view on the programme's influence") String withinInfluence,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("sort") @Parameter(schema = @Schema(implementation = IdeaQueries.Sort.class)) String sort,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("after") @Parameter(schema = @Schema(type = SchemaType.STRING)) String after) {
        IdeaStatus st = Params.enumValue(IdeaStatus.class, "status", status);
        if (st != null && !PUBLISHED.contains(st) && !user.hasAnyRole(Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.MODERATOR)) {
            throw ProblemException.invalid("status", "withdrawn and rejected ideas are listed for the programme team only");
        }
        String query = q == null || q.isBlank() ? null : q.strip();
        IdeaQueries.Sort order = Params.enumValue(IdeaQueries.Sort.class, "sort", sort);
        if (order == null) {
            order = query != null ? IdeaQueries.Sort.RELEVANCE : IdeaQueries.Sort.NEWEST;
        }
        IdeaQueries.Filter filter = new IdeaQueries.Filter(Params.enumValue(ActionField.class, "actionField", actionField),
                Params.enumValue(IdeaKind.class, "kind", kind), st == null ? OPEN : Set.of(st), Params.uuid("workshopId", workshopId), tag,
                Params.enumValue(Classification.class, "classification", classification), Params.bool("withinInfluence", withinInfluence), query);
        IdeaQueries.Sort finalOrder = order;
        List<Idea> rows = queries.page(filter, order, after == null ? null : Cursor.decode(after, 2), limit);
        Map<UUID, String> names = directory.publicNames(rows.stream().map(i -> i.authorId).toList());
        return Page.of(rows, limit, i -> IdeaResponse.of(i, names.get(i.authorId)), i -> queries.cursorOf(i, finalOrder, query));
    }

    public record WallField(ActionField actionField, String label, long count, Map<IdeaStatus, Long> byStatus, List<IdeaResponse> ideas) {
    }

    public record Wall(long total, List<WallField> fields) {
    }

    @GET
    @Path("/wall")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The wall of ideas", description = "All four action fields with their counts (per status) and their newest ideas")
    public Wall wall(@QueryParam("status") @Parameter(schema = @Schema(implementation = IdeaStatus.class)) String status,
                     @QueryParam("perField") @DefaultValue("20") @Min(0) @Max(Page.MAX_LIMIT) int perField) {
        IdeaStatus st = Params.enumValue(IdeaStatus.class, "status", status);
        if (st != null && !PUBLISHED.contains(st)) {
            throw ProblemException.invalid("status", "the wall shows published ideas only");
        }
        Set<IdeaStatus> statuses = st == null ? OPEN : Set.of(st);
        Map<ActionField, Map<IdeaStatus, Long>> counts = new LinkedHashMap<>();
        for (ActionField f : ActionField.values()) {
            counts.put(f, new LinkedHashMap<>());
        }
        queries.wallCounts(statuses).forEach(c -> counts.get(c.actionField()).put(c.status(), c.count()));
        List<Idea> newest = perField == 0 ? List.of() : queries.wallIdeas(statuses, perField);
        Map<UUID, String> names = directory.publicNames(newest.stream().map(i -> i.authorId).toList());
        List<WallField> fields = new ArrayList<>();
        long total = 0;
        for (ActionField f : ActionField.values()) {
            long count = counts.get(f).values().stream().mapToLong(Long::longValue).sum();
            total += count;
            fields.add(new WallField(f, f.germanLabel(), count, counts.get(f),
                    newest.stream().filter(i -> i.actionField == f).map(i -> IdeaResponse.of(i, names.get(i.authorId))).toList()));
        }
        return new Wall(total, fields);
    }

    @GET
    @Path("/similar")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Ideas that look like a text being written", description = "Ask while someone types a new idea, to suggest supporting an existing one")
    public List<IdeaQueries.Similar> similar(@QueryParam("text") @NotBlank @Size(min = 3, max = 500) String text,
                                             @QueryParam("actionField") String actionField,
                                             @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(20) int limit) {
        return queries.similar(text.strip(), Params.enumValue(ActionField.class, "actionField", actionField), OPEN, limit);
    }

    @GET
    @Path("/duplicate-candidates")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.MODERATOR})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Pairs of open ideas that may be duplicates", description = "For the core team, to merge")
    public List<IdeaQueries.DuplicatePair> duplicates(@QueryParam("actionField") String actionField,
                                                      @QueryParam("ideaId") @Parameter(description = "Only pairs with this idea") String ideaId,
                                                      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queries.duplicateCandidates(Params.enumValue(ActionField.class, "actionField", actionField),
                Params.uuid("ideaId", ideaId), limit);
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One idea", description = "Withdrawn and rejected ideas only for their author and the programme team")
    public IdeaResponse get(@PathParam("id") UUID id) {
        Idea idea = visibility.visible(id);
        return IdeaResponse.of(idea, directory.publicName(idea.authorId));
    }

    @POST
    @RolesAllowed({Roles.AMBASSADOR, Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Submit an idea", description = "Ambassadors submit their own ideas; the core team enters workshop cards (origin WORKSHOP with workshopId), without an author")
    public Response create(@Valid @NotNull IdeaRequest request) {
        UUID author = null;
        // Only the programme team enters cards without an author; anyone else (a moderator who is
        // also an ambassador included) submits their own idea.
        if (!user.isProgrammeTeam()) {
            author = directory.requireActive(user).participantId();
            // A workshop's cards make its public report; only the programme team and the import enter them.
            if (request.origin() != null && request.origin() != IdeaOrigin.ONLINE) {
                throw new ProblemException(ProblemType.FORBIDDEN,
                        "Ambassadors submit ideas online; the programme team enters " + request.origin() + " cards");
            }
        }
        Idea idea = ideas.create(request, author, author == null ? user.subject() : IdeaService.AUTHOR);
        return Response.created(URI.create(Api.ROOT + "/" + idea.id)).entity(IdeaResponse.of(idea, directory.publicName(author))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Edit your idea", description = "Only the author, only while it is SUBMITTED")
    public IdeaResponse update(@PathParam("id") UUID id, @Valid @NotNull IdeaRequest request) {
        UUID me = directory.requireActive(user).participantId();
        Idea idea = ideas.update(id, request, me);
        return IdeaResponse.of(idea, directory.publicName(idea.authorId));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Withdraw your idea")
    public IdeaResponse withdraw(@PathParam("id") UUID id) {
        UUID me = directory.requireActive(user).participantId();
        return IdeaResponse.of(ideas.withdraw(id, me), null);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Move an idea through the workflow",
            description = "Core team: IN_REVIEW, REJECTED. Programme lead: also ASSESSED and CLASSIFIED (with classification). Illegal steps: 409 naming the allowed ones.")
    public IdeaResponse status(@PathParam("id") UUID id, @Valid @NotNull StatusRequest request) {
        if ((request.status() == IdeaStatus.ASSESSED || request.status() == IdeaStatus.CLASSIFIED) && !user.hasRole(Roles.PROGRAMME_LEAD)) {
            throw new ProblemException(de.norderstedt.go.platform.problem.ProblemType.FORBIDDEN, "The programme lead assesses and classifies");
        }
        Idea idea = ideas.changeStatus(id, request.status(), request.classification(), request.reason(), user.subject());
        return IdeaResponse.of(idea, directory.publicName(idea.authorId));
    }

    @GET
    @Path("/{id}/history")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The idea's status history", description = "Who changed it is shown to the programme team only")
    @SuppressWarnings("unchecked")
    public List<StatusChangeResponse> history(@PathParam("id") UUID id) {
        get(id);
        boolean staff = isStaff();
        List<Object[]> rows = em.createNativeQuery(
                        "select from_status, to_status, actor, reason, changed_at from idea_status_change where idea_id = ?1 order by id")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new StatusChangeResponse((String) r[0], (String) r[1], staff ? (String) r[2] : null,
                (String) r[3], r[4] instanceof java.sql.Timestamp t ? t.toInstant() : (java.time.Instant) r[4])).toList();
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Merge a duplicate into another idea", description = "Supports move over; nobody is counted twice")
    public IdeaResponse merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request) {
        return IdeaResponse.of(ideas.merge(id, request.into(), request.reason(), user.subject()), null);
    }

    public record SupportResponse(UUID ideaId, boolean supported, int supportCount) {
    }

    @PUT
    @Path("/{id}/support")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Support an idea (once per person; repeating changes nothing)")
    public SupportResponse support(@PathParam("id") UUID id) {
        return new SupportResponse(id, true, supports.support(id, directory.requireActive(user).participantId()));
    }

    @DELETE
    @Path("/{id}/support")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Withdraw your support")
    public SupportResponse unsupport(@PathParam("id") UUID id) {
        return new SupportResponse(id, false, supports.unsupport(id, directory.requireActive(user).participantId()));
    }

    private boolean isStaff() {
        return visibility.isStaff();
    }

    private boolean isAuthor(Idea idea) {
        return visibility.isAuthor(idea);
    }
}
