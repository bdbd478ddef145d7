package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Comment;
import de.norderstedt.go.ideas.service.CommentService;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path(Api.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Comments on ideas, replies one level deep, reports and moderation")
public class CommentResource {

    public record CommentRequest(@NotBlank @Size(max = 2000) String body, UUID parentId) {
    }

    public record ReportRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record VisibilityRequest(@NotNull Boolean hidden, @Size(max = 500) String reason) {
    }

    /** A hidden comment keeps its place in the thread, without its text (moderators see it). */
    public record CommentResponse(UUID id, UUID ideaId, UUID parentId, String authorName, String body, boolean hidden,
                                  String hiddenReason, Integer reportCount, Instant createdAt) {
    }

    private final CommentService comments;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    private final IdeaVisibility visibility;

    public CommentResource(CommentService comments, ParticipantDirectory directory, CurrentUser user, IdeaVisibility visibility) {
        this.visibility = visibility;
        this.comments = comments;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "Comments of an idea, oldest first; hidden text is never shown publicly")
    public List<CommentResponse> list(@PathParam("id") UUID ideaId) {
        visibility.visible(ideaId);
        List<Comment> all = comments.of(ideaId);
        Map<UUID, String> names = directory.publicNames(all.stream().map(c -> c.authorId).toList());
        boolean moderator = isModerator();
        return all.stream().map(c -> view(c, names.get(c.authorId), moderator)).toList();
    }

    @POST
    @Path("/{id}/comments")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Comment on an idea, or reply to a comment (parentId)")
    public Response add(@PathParam("id") UUID ideaId, @Valid @NotNull CommentRequest request) {
        UUID me = directory.requireActive(user).participantId();
        Comment c = comments.add(ideaId, request.parentId(), request.body(), me);
        return Response.created(URI.create(Api.ROOT + "/" + ideaId + "/comments/" + c.id))
                .entity(view(c, directory.publicName(me), false)).build();
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
        if (request.hidden() && (request.reason() == null || request.reason().isBlank())) {
            throw de.norderstedt.go.platform.problem.ProblemException.invalid("reason", "is required to hide a comment");
        }
        Comment c = comments.setHidden(ideaId, commentId, request.hidden(), request.reason(), user.subject());
        return view(c, directory.publicName(c.authorId), true);
    }

    @GET
    @Path("/reported-comments")
    @RolesAllowed({Roles.MODERATOR, Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Visible comments that were reported, most reported first")
    public List<CommentResponse> reported() {
        List<Comment> all = comments.reported();
        Map<UUID, String> names = directory.publicNames(all.stream().map(c -> c.authorId).toList());
        return all.stream().map(c -> view(c, names.get(c.authorId), true)).toList();
    }

    private boolean isModerator() {
        return user.hasAnyRole(Roles.MODERATOR, Roles.CORE_TEAM, Roles.PROGRAMME_LEAD);
    }

    private static CommentResponse view(Comment c, String authorName, boolean moderator) {
        boolean showText = !c.hidden || moderator;
        return new CommentResponse(c.id, c.ideaId, c.parentId, showText ? authorName : null, showText ? c.body : null,
                c.hidden, moderator ? c.hiddenReason : null, moderator ? c.reportCount : null, c.createdAt);
    }
}
