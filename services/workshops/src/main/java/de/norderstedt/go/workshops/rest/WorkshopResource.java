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

    /** What the person registering sees; {@code cancelToken} only in the answer to a guest registration. */
    public record RegistrationResponse(UUID id, UUID workshopId, Mode mode, RegistrationStatus status, String shortCode,
                                       String cancelToken, OffsetDateTime createdAt) {
        static RegistrationResponse of(Registration r, boolean withToken) {
            return new RegistrationResponse(r.id, r.workshopId, r.mode, r.status, r.shortCode,
                    withToken ? r.cancelToken : null, Times.berlin(r.createdAt));
        }
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
        return workshops.upcomingAndPast(user.isProgrammeTeam()).stream().map(WorkshopResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One workshop")
    public WorkshopResponse get(@PathParam("id") UUID id) {
        return WorkshopResponse.of(visible(id));
    }

    @POST
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Create a workshop (as a draft)")
    public Response create(@Valid @NotNull WorkshopRequest request) {
        Workshop w = workshops.create(request);
        return Response.created(URI.create(Api.ROOT + "/" + w.id)).entity(WorkshopResponse.of(w)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a workshop; a new time keeps the registrations and is announced (rescheduled)")
    public WorkshopResponse update(@PathParam("id") UUID id, @Valid @NotNull WorkshopRequest request) {
        return WorkshopResponse.of(workshops.update(id, request));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Publish, open or close registration, mark held or documented, or cancel (with a reason)")
    public WorkshopResponse status(@PathParam("id") UUID id, @Valid @NotNull StatusRequest request) {
        return WorkshopResponse.of(workshops.changeStatus(id, request.status(), request.reason()));
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
        return Response.status(Response.Status.CREATED).entity(RegistrationResponse.of(r, false)).build();
    }

    @DELETE
    @Path("/{id}/registrations/mine")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.AMBASSADOR)
    @Operation(summary = "Cancel your registration; the next on the waitlist moves up")
    public RegistrationResponse cancelMine(@PathParam("id") UUID id) {
        return RegistrationResponse.of(registrations.cancelMine(id, directory.requireActive(user).participantId()), false);
    }

    @POST
    @Path("/{id}/guest-registrations")
    @Operation(summary = "Register as a guest for a public event",
            description = "The answer carries cancelToken: the secret of the cancellation link. It is shown once.")
    public Response registerGuest(@PathParam("id") UUID id, @Valid @NotNull GuestRegistrationRequest request) {
        Registration r = registrations.registerGuest(id, request.name(), request.email(), request.mode());
        return Response.status(Response.Status.CREATED).entity(RegistrationResponse.of(r, true)).build();
    }

    /** What a guest sees of their own registration through their link: everything held about them. */
    public record GuestView(UUID id, UUID workshopId, String workshopTitle, OffsetDateTime startsAt, Mode mode,
                            RegistrationStatus status, String shortCode, String name, String email) {
    }

    @GET
    @Path("/guest-registrations/{token}")
    @Operation(summary = "A guest's own registration through their link (also their data export)")
    public GuestView guestView(@PathParam("token") String token) {
        if (token.length() > 64) {
            throw ProblemException.invalid("token", "is not a cancellation token");
        }
        Registration r = registrations.byToken(token);
        Workshop w = workshops.get(r.workshopId);
        return new GuestView(r.id, w.id, w.title, Times.berlin(w.startsAt), r.mode, r.status, r.shortCode, r.guestName, r.guestEmail);
    }

    @DELETE
    @Path("/guest-registrations/{token}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel a guest registration with the token from its link; the guest's name and e-mail are erased with it")
    public RegistrationResponse cancelGuest(@PathParam("token") String token) {
        if (token.length() > 64) {
            throw ProblemException.invalid("token", "is not a cancellation token");
        }
        return RegistrationResponse.of(registrations.cancelByToken(token), false);
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
        return RegistrationResponse.of(registrations.checkIn(id, request.code()), false);
    }

    public record Report(WorkshopResponse workshop, java.util.Map<String, Object> numbers) {
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "The closing report: registrations, waitlist, attendance per mode, and the idea cards the workshop produced")
    public Report report(@PathParam("id") UUID id) {
        return new Report(WorkshopResponse.of(visible(id)), registrations.report(id));
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
