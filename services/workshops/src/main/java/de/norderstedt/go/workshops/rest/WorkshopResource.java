package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import de.norderstedt.go.workshops.service.CalendarService;
import de.norderstedt.go.workshops.service.RegistrationService;
import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.service.WorkshopService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path(Api.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops", description = "Workshops and events: lifecycle, registrations, iCalendar")
public class WorkshopResource {

    private static final String ICS = "text/calendar";

    public record StatusRequest(@NotNull WorkshopStatus status, @Size(max = 1000) String reason) {
    }

    public record RegistrationRequest(@NotNull Mode mode) {
    }

    public record GuestRegistrationRequest(@NotBlank @Size(max = 120) String name, @NotBlank @Email @Size(max = 254) String email,
                                           @NotNull Mode mode) {
    }

    /**
     * What the person registering sees. {@code cancelToken} only in the answer to a guest
     * registration; {@code meetingUrl} (the link into the online meeting) only with a confirmed online place.
     */
    public record RegistrationResponse(UUID id, UUID workshopId, Mode mode, RegistrationStatus status, String shortCode,
                                       String cancelToken, String meetingUrl, OffsetDateTime createdAt) {
        static RegistrationResponse of(Registration r, Workshop w) {
            return new RegistrationResponse(r.id, r.workshopId, r.mode, r.status, r.shortCode, r.secret, WorkshopResource.meetingUrl(r, w),
                    Times.berlin(r.createdAt));
        }
    }

    /** The meeting link belongs to those who have a confirmed online place, and to the programme team. */
    static String meetingUrl(Registration r, Workshop w) {
        return r.status == RegistrationStatus.CONFIRMED && r.mode == Mode.ONLINE ? w.meetingUrl : null;
    }

    /** For staff: the list with guests' personal data. */
    public record StaffRegistration(UUID id, Mode mode, RegistrationStatus status, String shortCode, UUID participantId,
                                    String guestName, String guestEmail, OffsetDateTime createdAt) {
    }

    public record Occupancy(UUID workshopId, int capacityOnSite, int confirmedOnSite, int capacityOnline, int confirmedOnline,
                            int waitlisted) {
    }

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
    @Operation(summary = "All workshops and events, by start time (drafts for the programme team only)")
    public List<WorkshopResponse> list() {
        return workshops.upcomingAndPast(user.isProgrammeTeam()).stream().map(w -> WorkshopResponse.of(w, user.isProgrammeTeam())).toList();
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
    public Response create(@Valid @NotNull WorkshopRequest request) {
        Workshop w = workshops.create(request);
        return Response.created(URI.create(Api.ROOT + "/" + w.id)).entity(WorkshopResponse.of(w, true)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a workshop; a new time keeps the registrations and is announced (rescheduled)")
    public WorkshopResponse update(@PathParam("id") UUID id, @Valid @NotNull WorkshopRequest request) {
        return WorkshopResponse.of(workshops.update(id, request), true);
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
    public Occupancy occupancy(@PathParam("id") UUID id) {
        Workshop w = visible(id);
        int[] c = registrations.counts(id);
        return new Occupancy(id, w.capacityOnSite, c[0], w.capacityOnline, c[1], c[2]);
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
    @Path("/{id}/guest-registrations")
    @Operation(summary = "Register as a guest for a public event",
            description = "The answer carries cancelToken: the secret of the cancellation link. It is shown once.")
    public Response registerGuest(@PathParam("id") UUID id, @Valid @NotNull GuestRegistrationRequest request) {
        Registration r = registrations.registerGuest(id, request.name(), request.email(), request.mode());
        return Response.status(Response.Status.CREATED).entity(RegistrationResponse.of(r, workshops.get(id))).build();
    }

    /** What a guest sees of their own registration through their link: everything held about them. */
    public record GuestView(UUID id, UUID workshopId, String workshopTitle, OffsetDateTime startsAt, Mode mode,
                            RegistrationStatus status, String shortCode, String name, String email, String meetingUrl,
                            OffsetDateTime linkExpiresAt) {
    }

    /** The header that carries a guest's secret: never in the path, where access logs and proxies keep it. */
    static final String GUEST_TOKEN = "Guest-Token";

    @GET
    @Path("/guest-registrations/mine")
    @Operation(summary = "A guest's own registration, by the secret of their link in the Guest-Token header (also their data export)",
            description = "The link works until go.workshops.guest-link-valid-after-end (7 days) after the event; then 404.")
    public GuestView guestView(@HeaderParam(GUEST_TOKEN) String token) {
        Registration r = registrations.byToken(guestToken(token));
        Workshop w = workshops.get(r.workshopId);
        return new GuestView(r.id, w.id, w.title, Times.berlin(w.startsAt), r.mode, r.status, r.shortCode, r.guestName, r.guestEmail,
                meetingUrl(r, w), Times.berlin(registrations.linkExpiresAt(w)));
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
    @Operation(summary = "The registration list, with guests' names and e-mail addresses (staff only)")
    public List<StaffRegistration> registrations(@PathParam("id") UUID id) {
        workshops.get(id);
        return registrations.of(id).stream().map(r -> new StaffRegistration(r.id, r.mode, r.status, r.shortCode,
                r.participantId, r.guestName, r.guestEmail, Times.berlin(r.createdAt))).toList();
    }

    public record CheckInRequest(@NotBlank @Size(max = 40) String code) {
    }

    @POST
    @Path("/{id}/check-ins")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Check a person in, by registration id or the short code of their confirmation")
    public RegistrationResponse checkIn(@PathParam("id") UUID id, @Valid @NotNull CheckInRequest request) {
        workshops.get(id);
        return RegistrationResponse.of(registrations.checkIn(id, request.code()), workshops.get(id));
    }

    public record Report(WorkshopResponse workshop, java.util.Map<String, Object> numbers) {
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "The closing report: registrations, waitlist, attendance per mode, and the idea cards the workshop produced")
    public Report report(@PathParam("id") UUID id) {
        return new Report(WorkshopResponse.of(visible(id), user.isProgrammeTeam()), registrations.report(id));
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
        List<Workshop> visible = workshops.upcomingAndPast(false).stream()
                .filter(w -> w.audience == de.norderstedt.go.workshops.model.Audience.PUBLIC).toList();
        return Response.ok(calendar.calendar(visible), ICS + "; charset=UTF-8").build();
    }

    private Workshop visible(UUID id) {
        return workshops.visible(id, user.isProgrammeTeam());
    }

}
