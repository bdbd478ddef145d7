package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.service.ConsentService;
import de.norderstedt.go.participants.service.EmailVerificationService;
import de.norderstedt.go.participants.service.ParticipantLookup;
import de.norderstedt.go.participants.service.ParticipantStatusService;
import de.norderstedt.go.participants.service.PersonalDataService;
import de.norderstedt.go.participants.service.RegistrationService;
import de.norderstedt.go.participants.service.RoleGrantService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** What the programme team does with registrations: enter, read, confirm addresses, pause, record consent, roles, erasure. */
@Path("/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants (staff)", description = "Registrations with personal data, for the core team, programme lead and admins")
public class StaffParticipantResource {

    private final RegistrationService registration;
    private final ConsentService consents;
    private final ParticipantStatusService participantStatus;
    private final RoleGrantService roles;
    private final PersonalDataService personalData;
    private final EmailVerificationService verification;
    private final ParticipantLookup lookup;
    private final CurrentUser user;

    public StaffParticipantResource(RegistrationService registration, ConsentService consents,
                                    ParticipantStatusService participantStatus, RoleGrantService roles,
                                    PersonalDataService personalData, EmailVerificationService verification,
                                    ParticipantLookup lookup, CurrentUser user) {
        this.registration = registration;
        this.consents = consents;
        this.participantStatus = participantStatus;
        this.roles = roles;
        this.personalData = personalData;
        this.verification = verification;
        this.lookup = lookup;
        this.user = user;
    }

    @POST
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Enter a registration for someone who came by direct contact",
            description = "The person has no account yet; the address counts as confirmed by you. The registration is PENDING"
                    + " until consent is recorded. If the person registers with their own account and confirms this address"
                    + " later, the account takes over this record.")
    public Response register(@Valid @NotNull ParticipantRequest request) {
        Participant p = registration.registerByStaff(request.toDetails(), user.subject());
        return Response.created(URI.create("/participants/" + p.id)).entity(PrivateProfileResponse.of(p)).build();
    }

    @GET
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "All registrations, newest first", description = "Keyset paging with ?after=")
    public Page<PrivateProfileResponse> list(
            @QueryParam("status") ParticipantStatus status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") Cursor after) {
        Cursor cursor = after == null ? null : after.expect(2);
        return Page.of(lookup.staffPage(status, cursor == null ? null : cursor.instant(0), cursor == null ? null : cursor.uuid(1), limit),
                limit, PrivateProfileResponse::of, p -> Cursor.of(p.registeredAt, p.id));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "One registration with personal data")
    public PrivateProfileResponse get(@PathParam("id") UUID id) {
        return PrivateProfileResponse.of(lookup.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Correct a registration on the person's behalf", description = "An address you set counts as confirmed by you.")
    public PrivateProfileResponse update(@PathParam("id") UUID id, @Valid @NotNull ParticipantRequest request) {
        return PrivateProfileResponse.of(registration.updateByStaff(id, request.toDetails(), user.subject()));
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Pause (INACTIVE) or resume (ACTIVE) a participant")
    public PrivateProfileResponse status(@PathParam("id") UUID id, @Valid @NotNull StatusRequest request) {
        return PrivateProfileResponse.of(participantStatus.changeStatus(id, request.status()));
    }

    @POST
    @Path("/{id}/consents")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Record a consent the person signed on paper (e.g. at a workshop)")
    public PrivateProfileResponse recordConsent(@PathParam("id") UUID id, @Valid @NotNull ConsentRequest request) {
        return PrivateProfileResponse.of(consents.accept(id, request.version(), user.subject()));
    }

    @POST
    @Path("/{id}/email-verification")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Confirm a person's e-mail address after direct contact",
            description = "The pending address becomes the confirmed one (confirmed by you); a confirmed address is confirmed"
                    + " again, which also clears a bounce. 409 when there is no address, or another registration holds it.")
    public PrivateProfileResponse confirmAddress(@PathParam("id") UUID id) {
        return PrivateProfileResponse.of(verification.confirmByStaff(id, user.subject()));
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Export all data held about a person (GDPR request received by letter)",
            description = "The same document the person gets: this service's part and what ideas and workshops hold. 503 when one"
                    + " of them cannot answer right now.")
    public DataExportResponse export(@PathParam("id") UUID id) {
        return DataExportResponse.of(personalData.export(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase a person (GDPR)", description = "Personal data is removed irreversibly; the id stays as an anonymous tombstone.")
    public void erase(@PathParam("id") UUID id) {
        personalData.erase(id);
    }

    @PUT
    @Path("/{id}/roles/{role}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Grant a programme role", description = "One of core-team, programme-lead, moderator, admin")
    public PrivateProfileResponse grant(@PathParam("id") UUID id, @PathParam("role") String role) {
        return PrivateProfileResponse.of(roles.grant(id, role, user.subject()));
    }

    @DELETE
    @Path("/{id}/roles/{role}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Revoke a programme role")
    public PrivateProfileResponse revoke(@PathParam("id") UUID id, @PathParam("role") String role) {
        return PrivateProfileResponse.of(roles.revoke(id, role));
    }
}
