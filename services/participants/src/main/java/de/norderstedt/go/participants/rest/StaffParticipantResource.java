package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.participants.service.ParticipantService;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.Params;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** What the programme team does with registrations: enter, read, pause, record consent, roles, erasure. */
@Path(Api.ROOT + "/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants (staff)", description = "Registrations with personal data, for the core team, programme lead and admins")
public class StaffParticipantResource {

    private final ParticipantService service;
    private final ParticipantRepository participants;
    private final CurrentUser user;

    public StaffParticipantResource(ParticipantService service, ParticipantRepository participants, CurrentUser user) {
        this.service = service;
        this.participants = participants;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Enter a registration for someone who came by direct contact",
            description = "The person has no account yet; the registration is PENDING until consent is recorded.")
    public Response register(@Valid @NotNull ParticipantRequest request) {
        Participant p = service.register(request, null, user.subject());
        return Response.created(URI.create(Api.ROOT + "/participants/" + p.id)).entity(PrivateProfile.of(p)).build();
    }

    @GET
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "All registrations, newest first", description = "Keyset paging with ?after=")
    public Page<PrivateProfile> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ParticipantStatus.class)) String status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("after") @Parameter(schema = @Schema(type = SchemaType.STRING)) String after) {
        Cursor cursor = after == null ? null : Cursor.decode(after, 2);
        Instant afterTime = cursor == null ? null : cursor.instant(0);
        UUID afterId = cursor == null ? null : cursor.uuid(1);
        return Page.of(participants.staffPage(Params.enumValue(ParticipantStatus.class, "status", status), afterTime, afterId, limit),
                limit, PrivateProfile::of, p -> Cursor.of(p.registeredAt, p.id));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "One registration with personal data")
    public PrivateProfile get(@PathParam("id") UUID id) {
        return PrivateProfile.of(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Correct a registration on the person's behalf")
    public PrivateProfile update(@PathParam("id") UUID id, @Valid @NotNull ParticipantRequest request) {
        return PrivateProfile.of(service.update(id, request));
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Pause (INACTIVE) or resume (ACTIVE) a participant")
    public PrivateProfile status(@PathParam("id") UUID id, @Valid @NotNull StatusRequest request) {
        return PrivateProfile.of(service.changeStatus(id, request.status()));
    }

    @POST
    @Path("/{id}/consents")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Record a consent the person signed on paper (e.g. at a workshop)")
    public PrivateProfile recordConsent(@PathParam("id") UUID id, @Valid @NotNull ConsentRequest request) {
        return PrivateProfile.of(service.acceptCode(id, request.version(), user.subject()));
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export all data held about a person (GDPR request received by letter)")
    public DataExport export(@PathParam("id") UUID id) {
        return service.export(id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a person (GDPR)", description = "Personal data is removed irreversibly; the id stays as an anonymous tombstone.")
    public void erase(@PathParam("id") UUID id) {
        service.erase(id);
    }

    @PUT
    @Path("/{id}/roles/{role}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Grant a programme role", description = "One of core-team, programme-lead, moderator, admin")
    public PrivateProfile grant(@PathParam("id") UUID id, @PathParam("role") String role) {
        return PrivateProfile.of(service.grantRole(id, role, user.subject()));
    }

    @DELETE
    @Path("/{id}/roles/{role}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke a programme role")
    public PrivateProfile revoke(@PathParam("id") UUID id, @PathParam("role") String role) {
        return PrivateProfile.of(service.revokeRole(id, role));
    }
}
