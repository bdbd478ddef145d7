package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.service.ConsentService;
import de.norderstedt.go.participants.service.ParticipantLookup;
import de.norderstedt.go.participants.service.PersonalDataService;
import de.norderstedt.go.participants.service.RegistrationService;
import de.norderstedt.go.platform.problem.Problem;
import de.norderstedt.go.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** The caller's own registration, identified by the token's subject. */
@Path("/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My registration", description = "Register as a future ambassador, keep the profile, consent, export and erase")
public class MeResource {

    private final RegistrationService registration;
    private final ConsentService consents;
    private final PersonalDataService personalData;
    private final ParticipantLookup lookup;
    private final CurrentUser user;

    public MeResource(RegistrationService registration, ConsentService consents, PersonalDataService personalData,
                      ParticipantLookup lookup, CurrentUser user) {
        this.registration = registration;
        this.consents = consents;
        this.personalData = personalData;
        this.lookup = lookup;
        this.user = user;
    }

    @POST
    @Operation(summary = "Register yourself as a future ambassador",
            description = "Creates a PENDING registration bound to your account. The e-mail address stays pendingEmail until you"
                    + " open the link mailed to it; you become ACTIVE once the address is confirmed and you accepted the code of"
                    + " cooperation. The answer is the same whether or not the address is held by someone else already.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = PrivateProfileResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Your account is registered already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull ParticipantRequest request) {
        Participant p = registration.registerSelf(request.toDetails(), user.subject());
        return Response.created(URI.create("/me")).entity(PrivateProfileResponse.of(p)).build();
    }

    @GET
    @Operation(summary = "Your profile, with your personal data")
    public PrivateProfileResponse get() {
        return PrivateProfileResponse.of(lookup.bySubject(user.subject()));
    }

    @PUT
    @Operation(summary = "Update your profile",
            description = "A new e-mail address becomes pendingEmail until you open the link mailed to it; until then your"
                    + " confirmed address stays. Giving your confirmed address again withdraws a pending change.")
    public PrivateProfileResponse update(@Valid @NotNull ParticipantRequest request) {
        return PrivateProfileResponse.of(registration.updateOwn(lookup.bySubject(user.subject()).id, request.toDetails()));
    }

    @POST
    @Path("/consents")
    @Operation(summary = "Accept the current code of cooperation",
            description = "Activates a pending registration whose address is confirmed; accepted before that, it stays PENDING until the address is confirmed.")
    public PrivateProfileResponse accept(@Valid @NotNull ConsentRequest request) {
        return PrivateProfileResponse.of(consents.accept(lookup.bySubject(user.subject()).id, request.version(), RegistrationService.SELF));
    }

    @GET
    @Path("/export")
    @Operation(summary = "Download all data held about you (GDPR)",
            description = "One document: your registration, consents and the mails sent to you, and what the other services"
                    + " (ideas, workshops) hold about you. 503 when one of them cannot answer right now.")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(schema = @Schema(implementation = DataExportResponse.class)))
    @APIResponse(responseCode = "503", description = "A service holding part of your data cannot answer right now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export() {
        DataExportResponse export = DataExportResponse.of(personalData.export(lookup.bySubject(user.subject()).id));
        return Response.ok(export).header("Content-Disposition", "attachment; filename=\"norderstedt-go-my-data.json\"").build();
    }

    @DELETE
    @Operation(summary = "Erase your account (GDPR)",
            description = "Removes your personal data irreversibly, with the mails sent to you. Your ideas stay, without your name.")
    @APIResponse(responseCode = "204", description = "Erased")
    public void erase() {
        personalData.erase(lookup.bySubject(user.subject()).id);
    }
}
