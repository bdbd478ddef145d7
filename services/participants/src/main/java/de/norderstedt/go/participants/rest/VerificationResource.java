package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.service.EmailVerificationService;
import de.norderstedt.go.platform.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Confirming an address by the link mailed to it. Public: whoever holds the token (the mailbox's
 * owner) confirms, signed in or not; the website's page {@code /e-mail-bestaetigen} posts it here.
 */
@Path("/verifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My registration", description = "Register as a future ambassador, keep the profile, consent, export and erase")
public class VerificationResource {

    private final EmailVerificationService verification;

    public VerificationResource(EmailVerificationService verification) {
        this.verification = verification;
    }

    @POST
    @SecurityRequirement(name = "none")
    @Operation(summary = "Confirm an e-mail address with the token from the mail",
            description = "The pending address becomes the registration's address. If the programme team had entered this person"
                    + " (direct contact, no account) with this address, the new registration takes over that record: the answer"
                    + " is that record. A token works once.")
    @APIResponse(responseCode = "200", description = "Confirmed: the profile", content = @Content(schema = @Schema(implementation = PrivateProfileResponse.class)))
    @APIResponse(responseCode = "404", description = "The token is unknown, used or expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone else confirmed this address meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PrivateProfileResponse verify(@Valid @NotNull VerificationRequest request) {
        return PrivateProfileResponse.of(verification.verify(request.token()));
    }
}
