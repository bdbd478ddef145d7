package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.workshops.service.OwnQuestion;
import de.norderstedt.go.workshops.service.QuestionService;
import de.norderstedt.go.workshops.service.RegistrationService;
import jakarta.annotation.security.RolesAllowed;
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

/** A signed-in ambassador's own registrations and questions, across all workshops. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Yours", description = "Your own registrations and questions")
public class MineResource {

    private final RegistrationService registrations;
    private final QuestionService questions;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public MineResource(RegistrationService registrations, QuestionService questions, ParticipantDirectory directory, CurrentUser user) {
        this.registrations = registrations;
        this.questions = questions;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Path("/registrations/mine")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Your registrations of all workshops, newest first (cancelled ones too)",
            description = "With the workshop's title and time, your mode and status, and the meeting link with a confirmed online place; keyset paging with ?after=")
    public Page<OwnRegistrationResponse> registrations(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                                       @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        UUID me = directory.requireActive(user).participantId();
        Long beforeSeq = after == null ? null : sequenceNumber(after.expect(1));
        return Page.of(registrations.pageOfParticipant(me, beforeSeq, limit), limit, OwnRegistrationResponse::of,
                own -> Cursor.of(own.registration().seq));
    }

    @GET
    @Path("/questions/mine")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "The questions you asked with your account, in all workshops, newest first",
            description = "Whatever the moderators made of them (also those not shown publicly); keyset paging with ?after=")
    public Page<OwnQuestionResponse> questions(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                               @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        UUID me = directory.requireActive(user).participantId();
        Cursor key = after == null ? null : after.expect(2);
        List<OwnQuestion> rows = questions.pageOfParticipant(me, key == null ? null : key.instant(0), key == null ? null : key.uuid(1), limit);
        return Page.of(rows, limit, OwnQuestionResponse::of, own -> Cursor.of(own.question().createdAt, own.question().id));
    }

    /** The registration number a cursor of this list holds; a forged one is a 400 on {@code after}. */
    private static long sequenceNumber(Cursor cursor) {
        try {
            return Long.parseLong(cursor.get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "is not a cursor returned by this API for this sort order");
        }
    }
}
