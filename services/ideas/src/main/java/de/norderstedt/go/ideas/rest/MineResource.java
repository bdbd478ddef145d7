package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.Idea;
import de.norderstedt.go.ideas.model.OwnComment;
import de.norderstedt.go.ideas.model.SupportedIdea;
import de.norderstedt.go.ideas.service.ContributionService;
import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import de.norderstedt.go.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.UUID;

/**
 * The caller's own things: their ideas (every status), the ideas they support, their comments. For
 * every registered participant, active or not (a paused person still sees what they did); someone
 * signed in without a registration gets 403.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MineResource {

    private final ContributionService contributions;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public MineResource(ContributionService contributions, ParticipantDirectory directory, CurrentUser user) {
        this.contributions = contributions;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Path("/mine")
    @Authenticated
    @Tag(name = "Ideas", description = "The wall of ideas: cards in the four action fields, their workflow and supports")
    @Operation(summary = "Your own ideas, every status (withdrawn and rejected ones too), newest first")
    public Page<IdeaResponse> ideas(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                    @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        UUID me = me();
        Page<Idea> ideas = contributions.ideasOf(me, after, limit);
        return IdeaResponse.page(ideas, directory.publicNames(List.of(me)));
    }

    @GET
    @Path("/supports/mine")
    @Authenticated
    @Tag(name = "Ideas", description = "The wall of ideas: cards in the four action fields, their workflow and supports")
    @Operation(summary = "The ideas you support, the newest support first",
            description = "An idea withdrawn or rejected since is listed without its title")
    public Page<SupportedIdeaResponse> supports(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                                @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Page<SupportedIdea> supported = contributions.supportsOf(me(), after, limit);
        return new Page<>(supported.items().stream().map(SupportedIdeaResponse::of).toList(), supported.next());
    }

    @GET
    @Path("/comments/mine")
    @Authenticated
    @Tag(name = "Comments", description = "Comments on ideas, replies one level deep, reports and moderation")
    @Operation(summary = "Your comments and replies, newest first, each with the idea it is on",
            description = "With the text of comments a moderator hid, and the reason; an idea withdrawn or rejected since is named without its title")
    public Page<OwnCommentResponse> comments(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                             @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Page<OwnComment> written = contributions.commentsOf(me(), after, limit);
        return new Page<>(written.items().stream().map(OwnCommentResponse::of).toList(), written.next());
    }

    /** The caller's participant id; 403 for someone signed in who is not registered (or was erased). */
    private UUID me() {
        return directory.bySubject(user.subject(), user.rawToken()).map(ParticipantDirectory.Ref::participantId)
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "Register as an ambassador first (POST /api/participants/me)"));
    }
}
