package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.IdeaOrigin;
import de.norderstedt.go.ideas.model.IdeaStatus;
import de.norderstedt.go.ideas.model.StatusChange;
import de.norderstedt.go.ideas.service.IdeaService;
import de.norderstedt.go.ideas.service.IdeaVisibility;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
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

import java.util.UUID;

/** One idea and its lifecycle: submit, read, edit, withdraw, the workflow steps, its history, merging. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ideas", description = "The wall of ideas: cards in the four action fields, their workflow and supports")
public class IdeaResource {

    private final IdeaService ideas;
    private final IdeaVisibility visibility;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public IdeaResource(IdeaService ideas, IdeaVisibility visibility, ParticipantDirectory directory, CurrentUser user) {
        this.ideas = ideas;
        this.visibility = visibility;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One idea", description = "Withdrawn and rejected ideas only for their author and the staff")
    public IdeaResponse get(@PathParam("id") UUID id) {
        Idea idea = visibility.visible(id);
        return IdeaResponse.of(idea, directory.publicName(idea.authorId));
    }

    @POST
    @RolesAllowed({Roles.AMBASSADOR, Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Submit an idea", description = "Ambassadors submit their own ideas; the core team enters workshop cards (origin WORKSHOP with workshopId), without an author")
    public Response create(@Valid @NotNull IdeaRequest request, @Context UriInfo uri) {
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
        Idea idea = ideas.create(request.toDraft(), author, author == null ? user.subject() : IdeaService.AUTHOR);
        return Response.created(uri.getAbsolutePathBuilder().path(idea.id.toString()).build())
                .entity(IdeaResponse.of(idea, directory.publicName(author))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Edit your idea", description = "Only the author, only while it is SUBMITTED")
    public IdeaResponse update(@PathParam("id") UUID id, @Valid @NotNull IdeaRequest request) {
        UUID me = directory.requireActive(user).participantId();
        Idea idea = ideas.update(id, request.toDraft(), me);
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
            throw new ProblemException(ProblemType.FORBIDDEN, "The programme lead assesses and classifies");
        }
        Idea idea = ideas.changeStatus(id, request.status(), request.classification(), request.reason(), user.subject());
        return IdeaResponse.of(idea, directory.publicName(idea.authorId));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The idea's status history, oldest step first",
            description = "Visible as the idea is; who changed it is shown to the staff only")
    public Page<StatusChangeResponse> history(@PathParam("id") UUID id,
                                              @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                              @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Page<StatusChange> history = ideas.history(id, after, limit);
        boolean staff = user.isStaff();
        return new Page<>(history.items().stream().map(c -> StatusChangeResponse.of(c, staff)).toList(), history.next());
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Merge a duplicate into another idea", description = "Supports move over; nobody is counted twice")
    public IdeaResponse merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request) {
        return IdeaResponse.of(ideas.merge(id, request.into(), request.reason(), user.subject()), null);
    }
}
