package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.service.CalendarService;
import de.norderstedt.go.workshops.service.RegistrationService;
import de.norderstedt.go.workshops.service.WorkshopService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import java.util.List;
import java.util.UUID;

/** Workshops and their lifecycle, registrations, check-in, the closing report and the calendar files. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops", description = "Workshops and events: lifecycle, registrations, iCalendar")
public class WorkshopResource {

    private static final String ICS = "text/calendar";

    /** The header that carries a guest's secret: never in the path, where access logs and proxies keep it. */
    static final String GUEST_TOKEN = "Guest-Token";

    private final WorkshopService workshops;
    private final RegistrationService registrations;
    private final CalendarService calendar;
    private final ParticipantDirectory directory;
    private final CurrentUser user;

    public WorkshopResource(WorkshopService workshops, RegistrationService registrations, CalendarService calendar,
                            ParticipantDirectory directory, CurrentUser user) {
        this.workshops = workshops;
        this.registrations = registrations;
        this.calendar = calendar;
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Operation(summary = "All workshops and events, by start time (drafts for the programme team only)",
            description = "Keyset paging with ?after=")
    public Page<WorkshopResponse> list(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                       @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        boolean staff = user.isProgrammeTeam();
        Cursor key = after == null ? null : after.expect(2);
        List<Workshop> rows = workshops.page(staff, key == null ? null : key.instant(0), key == null ? null : key.uuid(1), limit);
        return Page.of(rows, limit, w -> WorkshopResponse.of(w, staff), w -> Cursor.of(w.startsAt, w.id));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One workshop")
    public WorkshopResponse get(@PathParam("id") UUID id) {
        return WorkshopResponse.of(visible(id), user.isProgrammeTeam());
    }

    @POST
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Create a workshop (as a draft)")
    public Response create(@Valid @NotNull WorkshopRequest request, @Context UriInfo uri) {
        Workshop w = workshops.create(request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(w.id.toString()).build())
                .entity(WorkshopResponse.of(w, true)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a workshop; a new time keeps the registrations and is announced (rescheduled)")
    public WorkshopResponse update(@PathParam("id") UUID id, @Valid @NotNull WorkshopRequest request) {
        return WorkshopResponse.of(workshops.update(id, request.details()), true);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Publish, open or close registration, mark held or documented, or cancel (with a reason)")
    public WorkshopResponse status(@PathParam("id") UUID id, @Valid @NotNull StatusRequest request) {
        return WorkshopResponse.of(workshops.changeStatus(id, request.status(), request.reason()), true);
    }

    @GET
    @Path("/{id}/occupancy")
    @Operation(summary = "Places taken per mode and the waitlist")
    public OccupancyResponse occupancy(@PathParam("id") UUID id) {
        Workshop w = visible(id);
        int[] c = registrations.counts(id);
        return new OccupancyResponse(id, w.capacityOnSite, c[0], w.capacityOnline, c[1], c[2]);
    }

    @POST
    @Path("/{id}/registrations")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Register yourself (confirmed, or on the waitlist of that mode when it is full)")
    public Response register(@PathParam("id") UUID id, @Valid @NotNull RegistrationRequest request) {
        UUID me = directory.requireActive(user).participantId();
        Registration r = registrations.registerAmbassador(id, me, request.mode());
        return Response.status(Response.Status.CREATED).entity(RegistrationResponse.of(r, workshops.get(id))).build();
    }

    @GET
    @Path("/{id}/registrations/mine")
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Your registration of this workshop (with the meeting link once you have a confirmed online place)")
    public RegistrationResponse mine(@PathParam("id") UUID id) {
        UUID me = directory.requireActive(user).participantId();
        return RegistrationResponse.of(registrations.mine(id, me), workshops.get(id));
    }

    @DELETE
    @Path("/{id}/registrations/mine")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Cancel your registration; the next on the waitlist moves up")
    public RegistrationResponse cancelMine(@PathParam("id") UUID id) {
        return RegistrationResponse.of(registrations.cancelMine(id, directory.requireActive(user).participantId()), workshops.get(id));
    }

    @POST
    @Path("/{id}/invitations")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Register a participant on their behalf (an invitation), for a workshop of any audience",
            description = "While the workshop is announced and not held yet, outside the registration window too; a place or the "
                    + "waitlist of that mode as for everyone. The person gets the same confirmation mail. 404: no such participant; "
                    + "409: registered already.")
    public Response invite(@PathParam("id") UUID id, @Valid @NotNull InvitationRequest request) {
        Registration r = registrations.invite(id, request.participantId(), request.mode(), user.subject());
        return Response.status(Response.Status.CREATED).entity(StaffRegistrationResponse.of(r)).build();
    }

    @POST
    @Path("/{id}/guest-registrations")
    @Operation(summary = "Register as a guest for a public event",
            description = "The answer carries cancelToken: the secret of the guest's link (look at, cancel). It is shown once. "
                    + "A mail to the address asks to confirm it; until verifyBy (go.workshops.guest-verification-grace, 30 minutes) "
                    + "the place is held, then it goes to the next person waiting.")
    public Response registerGuest(@PathParam("id") UUID id, @Valid @NotNull GuestRegistrationRequest request) {
        Registration r = registrations.registerGuest(id, request.name(), request.email(), request.mode());
        return Response.status(Response.Status.CREATED).entity(RegistrationResponse.of(r, workshops.get(id))).build();
    }

    @POST
    @Path("/guest-registrations/mine/verification")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A guest confirms their address with the secret of the link in their verification mail (Guest-Token header)",
            description = "The place (or the place on the waitlist) is theirs then, and the confirmation mail with the calendar file "
                    + "goes out. Confirming again changes nothing. 404: no registration has this link; 409: it was released (not "
                    + "confirmed in time) or cancelled. The secret of the cancellation link does not confirm.")
    public GuestRegistrationResponse verifyGuest(@HeaderParam(GUEST_TOKEN) String token) {
        Registration r = registrations.verifyGuest(guestToken(token));
        Workshop w = workshops.get(r.workshopId);
        return GuestRegistrationResponse.of(r, w, registrations.linkExpiresAt(w));
    }

    @GET
    @Path("/guest-registrations/mine")
    @Operation(summary = "A guest's own registration, by the secret of their link in the Guest-Token header (also their data export)",
            description = "The link works until go.workshops.guest-link-valid-after-end (7 days) after the event; then 404.")
    public GuestRegistrationResponse guestView(@HeaderParam(GUEST_TOKEN) String token) {
        Registration r = registrations.byToken(guestToken(token));
        Workshop w = workshops.get(r.workshopId);
        return GuestRegistrationResponse.of(r, w, registrations.linkExpiresAt(w));
    }

    @DELETE
    @Path("/guest-registrations/mine")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel a guest registration with the secret of its link (Guest-Token header); the guest's name and e-mail are erased with it")
    public RegistrationResponse cancelGuest(@HeaderParam(GUEST_TOKEN) String token) {
        Registration r = registrations.cancelByToken(guestToken(token));
        return RegistrationResponse.of(r, workshops.get(r.workshopId));
    }

    private static String guestToken(String token) {
        if (token == null || token.isBlank()) {
            throw ProblemException.invalid(GUEST_TOKEN, "is required: the secret of the guest's link");
        }
        if (token.length() > 64) {
            throw ProblemException.invalid(GUEST_TOKEN, "is not the secret of a guest link");
        }
        return token.strip();
    }

    @GET
    @Path("/{id}/registrations")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "The registration list, with guests' names and e-mail addresses (staff only)",
            description = "In the order the registrations came in; keyset paging with ?after=")
    public Page<StaffRegistrationResponse> registrations(@PathParam("id") UUID id,
                                                         @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                                         @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        workshops.get(id);
        Long afterSeq = after == null ? null : sequenceNumber(after.expect(1));
        return Page.of(registrations.page(id, afterSeq, limit), limit, StaffRegistrationResponse::of, r -> Cursor.of(r.seq));
    }

    /** The registration number a cursor of the registration list holds; a forged one is a 400 on {@code after}. */
    private static long sequenceNumber(Cursor cursor) {
        try {
            return Long.parseLong(cursor.get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("after", "is not a cursor returned by this API for this sort order");
        }
    }

    @POST
    @Path("/{id}/check-ins")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Check a person in, by registration id or the short code of their confirmation")
    public RegistrationResponse checkIn(@PathParam("id") UUID id, @Valid @NotNull CheckInRequest request) {
        workshops.get(id);
        return RegistrationResponse.of(registrations.checkIn(id, request.code()), workshops.get(id));
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "The closing report: registrations, waitlist, attendance per mode, and the idea cards the workshop produced")
    public ReportResponse report(@PathParam("id") UUID id) {
        return new ReportResponse(WorkshopResponse.of(visible(id), user.isProgrammeTeam()), registrations.report(id));
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(ICS)
    @Operation(summary = "The workshop as an iCalendar file")
    public Response ics(@PathParam("id") UUID id) {
        return Response.ok(calendar.calendar(List.of(visible(id))), ICS + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"norderstedt-go-" + id + ".ics\"").build();
    }

    @GET
    @Path("/calendar.ics")
    @Produces(ICS)
    @Operation(summary = "A calendar feed of all public events")
    public Response feed() {
        return Response.ok(calendar.calendar(workshops.publicEvents()), ICS + "; charset=UTF-8").build();
    }

    private Workshop visible(UUID id) {
        return workshops.visible(id, user.isProgrammeTeam());
    }
}
