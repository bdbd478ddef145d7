package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.model.SpreadsheetCell;
import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.workshops.model.Question;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.service.ProgrammeService;
import de.norderstedt.go.workshops.service.QuestionService;
import de.norderstedt.go.workshops.service.RegistrationService;
import de.norderstedt.go.workshops.service.WorkshopService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/** What happens inside a workshop: agenda, breakout groups, audience questions; and the registration export. */
@Path("/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programme of a workshop", description = "Agenda, breakout groups, audience questions, registration export")
public class ProgrammeResource {

    private final WorkshopService workshops;
    private final ProgrammeService programme;
    private final RegistrationService registrations;
    private final QuestionService questions;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public ProgrammeResource(WorkshopService workshops, ProgrammeService programme, RegistrationService registrations,
                             QuestionService questions, ParticipantDirectory directory, CurrentUser user) {
        this.workshops = workshops;
        this.programme = programme;
        this.registrations = registrations;
        this.questions = questions;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Path("/agenda")
    @Operation(summary = "The agenda, in order", description = "Paged by position with ?after=")
    public Page<AgendaItemResponse> agenda(@PathParam("id") UUID id,
                                           @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                           @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        return byPosition(visible(id).agenda, limit, after, AgendaItemResponse::of);
    }

    @PUT
    @Path("/agenda")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Replace the agenda", description = "Answers the whole new agenda")
    public List<AgendaItemResponse> replaceAgenda(@PathParam("id") UUID id,
                                                  @NotNull @Size(max = 50) List<@Valid @NotNull AgendaItemRequest> items) {
        Workshop w = programme.replaceAgenda(id, items.stream().map(AgendaItemRequest::item).toList());
        return w.agenda.stream().map(AgendaItemResponse::of).toList();
    }

    @GET
    @Path("/groups")
    @Operation(summary = "Breakout groups per action field", description = "Paged by position with ?after=")
    public Page<GroupResponse> groups(@PathParam("id") UUID id,
                                      @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                      @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Workshop w = visible(id);
        return byPosition(w.breakoutGroups, limit, after, groupResponses(w.breakoutGroups));
    }

    @PUT
    @Path("/groups")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Replace the breakout groups", description = "Answers all the new groups")
    public List<GroupResponse> replaceGroups(@PathParam("id") UUID id, @NotNull @Size(max = 20) List<@Valid @NotNull GroupRequest> groups) {
        Workshop w = programme.replaceGroups(id, groups.stream().map(GroupRequest::group).toList());
        return w.breakoutGroups.stream().map(groupResponses(w.breakoutGroups)).toList();
    }

    /** Groups as shown: member ids only for the programme team, public names for everyone. */
    private Function<Workshop.BreakoutGroup, GroupResponse> groupResponses(List<Workshop.BreakoutGroup> groups) {
        boolean staff = user.isProgrammeTeam();
        Map<UUID, String> names = directory.publicNames(groups.stream().flatMap(g -> g.members().stream()).toList());
        return g -> GroupResponse.of(g, names, staff);
    }

    /**
     * One page of a list the workshop keeps as a whole (agenda, groups), in its order; the cursor
     * is the position of the last item shown.
     */
    private static <T, R> Page<R> byPosition(List<T> all, int limit, Cursor after, Function<T, R> mapper) {
        int from = after == null ? 0 : (int) Math.min(all.size(), Math.max(0L, after.expect(1).integer(0) + 1L));
        int to = (int) Math.min(all.size(), (long) from + limit + 1);
        return Page.of(IntStream.range(from, to).boxed().toList(), limit, i -> mapper.apply(all.get(i)), i -> Cursor.of(i));
    }

    @POST
    @Path("/questions")
    @Operation(summary = "Ask a question (on site or online; signed in or as a guest); moderators approve it before it is shown")
    public Response ask(@PathParam("id") UUID id, @Valid @NotNull QuestionRequest request) {
        visible(id);
        UUID participant = null;
        if (user.isAuthenticated() && user.hasRole(Roles.AMBASSADOR)) {
            participant = directory.requireActive(user).participantId();
        }
        Question q = questions.ask(id, request.text(), request.channel(), participant, request.guestName());
        return Response.status(Response.Status.CREATED).entity(view(q, true)).build();
    }

    @GET
    @Path("/questions")
    @Operation(summary = "Questions: approved and answered ones, most voted first (moderators see all)",
            description = "Most votes first, then the oldest; keyset paging with ?after=. Votes that come in between two pages can move a question across them.")
    public Page<QuestionResponse> questions(@PathParam("id") UUID id,
                                            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                            @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        visible(id);
        boolean moderator = user.isStaff();
        Cursor key = after == null ? null : after.expect(3);
        List<Question> rows = questions.page(id, moderator, key == null ? null : key.integer(0), key == null ? null : key.instant(1),
                key == null ? null : key.uuid(2), limit);
        return Page.of(rows, limit, q -> view(q, moderator), q -> Cursor.of(q.upvotes, q.createdAt, q.id));
    }

    @POST
    @Path("/questions/{questionId}/votes")
    @Operation(summary = "Vote for a question, once per account (or per voterKey a browser keeps)")
    public QuestionResponse vote(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId, @Valid VoteRequest request) {
        String voter;
        if (user.isAuthenticated()) {
            voter = "account:" + user.subject();
        } else if (request != null && request.voterKey() != null) {
            voter = "key:" + request.voterKey();
        } else {
            throw ProblemException.invalid("voterKey", "is required when not signed in");
        }
        return view(questions.vote(id, questionId, voter), false);
    }

    @PUT
    @Path("/questions/{questionId}/status")
    @RolesAllowed({Roles.MODERATOR, Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Approve, hide or mark answered")
    public QuestionResponse moderate(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId,
                                     @Valid @NotNull ModerationRequest request) {
        return view(questions.moderate(id, questionId, request.status()), true);
    }

    @GET
    @Path("/registrations.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "The registration list as CSV (with guests' personal data; staff only)")
    public Response export(@PathParam("id") UUID id) {
        Workshop w = workshops.get(id);
        List<Registration> all = registrations.of(id);
        Map<UUID, String> names = directory.publicNames(all.stream().map(r -> r.participantId).toList());
        StringWriter out = new StringWriter();
        // Every cell quoted: a spreadsheet that splits on ';' (German Excel) does not split inside quotes.
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL)
                .setHeader("short_code", "status", "mode", "kind", "name", "email", "registered_at", "checked_in_at").get())) {
            for (Registration r : all) {
                // Names and addresses come from the public; staff open this file in a spreadsheet.
                csv.printRecord(r.shortCode, r.status, r.mode, r.participantId == null ? "guest" : "ambassador",
                        SpreadsheetCell.of(r.participantId == null ? r.guestName
                                : names.getOrDefault(r.participantId, "(Botschafter*in " + r.participantId + ")")),
                        SpreadsheetCell.of(r.guestEmail), Times.berlin(r.createdAt), Times.berlin(r.checkedInAt));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"anmeldungen-" + w.id + ".csv\"").build();
    }

    private QuestionResponse view(Question q, boolean moderator) {
        String askedBy = q.participantId != null ? directory.publicName(q.participantId) : q.guestName;
        return QuestionResponse.of(q, askedBy, moderator);
    }

    private Workshop visible(UUID id) {
        return workshops.visible(id, user.isProgrammeTeam());
    }
}
