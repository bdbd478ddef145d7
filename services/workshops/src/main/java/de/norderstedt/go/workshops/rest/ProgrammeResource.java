package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Question;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.service.QuestionService;
import de.norderstedt.go.workshops.service.RegistrationService;
import de.norderstedt.go.platform.model.SpreadsheetCell;
import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.service.WorkshopService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What happens inside a workshop: agenda, breakout groups, audience questions; and the registration export. */
@Path(Api.ROOT + "/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programme of a workshop", description = "Agenda, breakout groups, audience questions, registration export")
public class ProgrammeResource {

    public record AgendaItemDto(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
                                @NotNull @jakarta.validation.constraints.Pattern(regexp = "TALK|PANEL|QA|GROUP_WORK|PRESENTATION|BREAK",
                                        message = "must be one of TALK, PANEL, QA, GROUP_WORK, PRESENTATION, BREAK") String kind,
                                @NotBlank @Size(max = 200) String title, @Size(max = 10) List<@NotBlank @Size(max = 120) String> speakers) {
    }

    public record GroupDto(@NotBlank @Size(max = 120) String name, @NotNull ActionField actionField,
                           @Size(max = 120) String facilitator, @Size(max = 200) List<@NotNull UUID> members) {
    }

    /** Public view of a group: member ids only for staff; everyone sees how many and the names shown publicly. */
    public record GroupView(String name, ActionField actionField, String facilitator, int memberCount, List<String> publicNames,
                            List<UUID> members) {
    }

    public record QuestionRequest(@NotBlank @Size(max = 1000) String text, @NotNull Mode channel, @Size(max = 120) String guestName) {
    }

    public record VoteRequest(@Size(min = 16, max = 64) String voterKey) {
    }

    public record ModerationRequest(@NotNull Question.Status status) {
    }

    public record QuestionView(UUID id, String text, Mode channel, String askedBy, Question.Status status, int upvotes,
                               OffsetDateTime createdAt) {
    }

    private final WorkshopService workshops;
    private final RegistrationService registrations;
    private final QuestionService questions;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public ProgrammeResource(WorkshopService workshops, RegistrationService registrations, QuestionService questions,
                             ParticipantDirectory directory, CurrentUser user) {
        this.workshops = workshops;
        this.registrations = registrations;
        this.questions = questions;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Path("/agenda")
    @Operation(summary = "The agenda, in order")
    public List<Workshop.AgendaItem> agenda(@PathParam("id") UUID id) {
        return inBerlin(visible(id).agenda);
    }

    /** JSON columns keep instants (UTC); the API shows them with the Europe/Berlin offset like every other time. */
    private static List<Workshop.AgendaItem> inBerlin(List<Workshop.AgendaItem> items) {
        return items.stream().map(i -> new Workshop.AgendaItem(Times.berlin(i.startsAt().toInstant()), Times.berlin(i.endsAt().toInstant()),
                i.kind(), i.title(), i.speakers())).toList();
    }

    @PUT
    @Path("/agenda")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Transactional
    @Operation(summary = "Replace the agenda")
    public List<Workshop.AgendaItem> replaceAgenda(@PathParam("id") UUID id, @NotNull @Size(max = 50) List<@Valid @NotNull AgendaItemDto> items) {
        Workshop w = workshops.get(id);
        for (int i = 0; i < items.size(); i++) {
            AgendaItemDto item = items.get(i);
            if (!item.endsAt().isAfter(item.startsAt())) {
                throw ProblemException.invalid("[" + i + "].endsAt", "must be after startsAt");
            }
        }
        w.agenda = items.stream().map(i -> new Workshop.AgendaItem(Times.berlin(i.startsAt().toInstant()),
                Times.berlin(i.endsAt().toInstant()), i.kind(), i.title().strip(),
                i.speakers() == null ? List.of() : i.speakers())).toList();
        return inBerlin(w.agenda);
    }

    @GET
    @Path("/groups")
    @Operation(summary = "Breakout groups per action field")
    public List<GroupView> groups(@PathParam("id") UUID id) {
        Workshop w = visible(id);
        boolean staff = user.isProgrammeTeam();
        Map<UUID, String> names = directory.publicNames(w.breakoutGroups.stream().flatMap(g -> g.members().stream()).toList());
        return w.breakoutGroups.stream().map(g -> new GroupView(g.name(), g.actionField(), g.facilitator(), g.members().size(),
                g.members().stream().map(names::get).filter(java.util.Objects::nonNull).toList(), staff ? g.members() : null)).toList();
    }

    @PUT
    @Path("/groups")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Transactional
    @Operation(summary = "Replace the breakout groups")
    public List<GroupView> replaceGroups(@PathParam("id") UUID id, @NotNull @Size(max = 20) List<@Valid @NotNull GroupDto> groups) {
        Workshop w = workshops.get(id);
        w.breakoutGroups = groups.stream().map(g -> new Workshop.BreakoutGroup(g.name().strip(), g.actionField(), g.facilitator(),
                g.members() == null ? List.of() : g.members().stream().distinct().toList())).toList();
        return groups(id);
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
    @Operation(summary = "Questions: approved and answered ones, most voted first (moderators see all)")
    public List<QuestionView> questions(@PathParam("id") UUID id) {
        visible(id);
        boolean moderator = isModerator();
        return questions.list(id, moderator).stream().map(q -> view(q, moderator)).toList();
    }

    @POST
    @Path("/questions/{questionId}/votes")
    @Operation(summary = "Vote for a question, once per account (or per voterKey a browser keeps)")
    public QuestionView vote(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId, @Valid VoteRequest request) {
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
    public QuestionView moderate(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId, @Valid @NotNull ModerationRequest request) {
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
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
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

    private QuestionView view(Question q, boolean moderator) {
        String askedBy = q.participantId != null ? directory.publicName(q.participantId) : q.guestName;
        return new QuestionView(q.id, q.text, q.channel, askedBy, moderator || q.status != Question.Status.SUBMITTED ? q.status : null,
                q.upvotes, Times.berlin(q.createdAt));
    }

    private Workshop visible(UUID id) {
        return workshops.visible(id, user.isProgrammeTeam());
    }


    private boolean isModerator() {
        return user.hasAnyRole(Roles.MODERATOR, Roles.CORE_TEAM, Roles.PROGRAMME_LEAD);
    }
}
