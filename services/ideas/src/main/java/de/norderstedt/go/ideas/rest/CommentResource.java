package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Comment;
import de.norderstedt.go.ideas.service.CommentService;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
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

import java.util.Map;
import java.util.UUID;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Comments on ideas, replies one level deep, reports and moderation")
public class CommentResource {

    private final CommentService comments;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public CommentResource(CommentService comments, ParticipantDirectory directory, CurrentUser user) {
        this.comments = comments;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "Comments of an idea, oldest first, replies among them",
            description = "Visible as the idea is; hidden text is never shown publicly")
    public Page<CommentResponse> list(@PathParam("id") UUID ideaId,
                                      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                      @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        return view(comments.of(ideaId, after, limit), user.isStaff());
    }

    @POST
    @Path("/{id}/comments")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Comment on an idea, or reply to a comment (parentId)")
    public Response add(@PathParam("id") UUID ideaId, @Valid @NotNull CommentRequest request, @Context UriInfo uri) {
        UUID me = directory.requireActive(user).participantId();
        Comment c = comments.add(ideaId, request.parentId(), request.body(), me);
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .entity(CommentResponse.of(c, directory.publicName(me), false)).build();
    }

    @POST
    @Path("/{id}/comments/{commentId}/reports")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Report a comment to the moderators")
    public Response report(@PathParam("id") UUID ideaId, @PathParam("commentId") UUID commentId, @Valid @NotNull ReportRequest request) {
        comments.report(ideaId, commentId, directory.requireActive(user).participantId(), request.reason());
        return Response.accepted().build();
    }

    @PUT
    @Path("/{id}/comments/{commentId}/visibility")
    @RolesAllowed({Roles.MODERATOR, Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Hide a comment (with a reason) or restore it")
    public CommentResponse visibility(@PathParam("id") UUID ideaId, @PathParam("commentId") UUID commentId,
                                      @Valid @NotNull VisibilityRequest request) {
        Comment c = comments.setHidden(ideaId, commentId, request.hidden(), request.reason(), user.subject());
        return CommentResponse.of(c, directory.publicName(c.authorId), true);
    }

    @GET
    @Path("/reported-comments")
    @RolesAllowed({Roles.MODERATOR, Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Visible comments that were reported, most reported first")
    public Page<CommentResponse> reported(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                          @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        return view(comments.reported(after, limit), true);
    }

    private Page<CommentResponse> view(Page<Comment> page, boolean moderator) {
        Map<UUID, String> names = directory.publicNames(page.items().stream().map(c -> c.authorId).toList());
        return new Page<>(page.items().stream().map(c -> CommentResponse.of(c, names.get(c.authorId), moderator)).toList(), page.next());
    }
}
