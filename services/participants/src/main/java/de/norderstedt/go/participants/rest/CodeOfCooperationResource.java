package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.CodeOfCooperation;
import de.norderstedt.go.participants.service.CodeOfCooperationService;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/code-of-cooperation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Code of cooperation", description = "Grundsätze der Zusammenarbeit, versioned")
public class CodeOfCooperationResource {

    private final CodeOfCooperationService service;
    private final CurrentUser user;

    public CodeOfCooperationResource(CodeOfCooperationService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @GET
    @Operation(summary = "The code of cooperation in force")
    public CodeOfCooperationResponse current() {
        return CodeOfCooperationResponse.of(service.current());
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every version ever published", description = "Oldest first; keyset paging with ?after=")
    public Page<CodeOfCooperationResponse> versions(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") Cursor after) {
        Integer afterVersion = after == null ? null : after.expect(1).integer(0);
        return Page.of(service.versions(afterVersion, limit), limit, CodeOfCooperationResponse::of, c -> Cursor.of(c.version));
    }

    @GET
    @Path("/versions/{version}")
    @Operation(summary = "One version")
    public CodeOfCooperationResponse version(@PathParam("version") int version) {
        return CodeOfCooperationResponse.of(service.version(version));
    }

    @POST
    @Path("/versions")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Publish a new version", description = "Every active ambassador becomes PENDING until they accept it.")
    public Response publish(@Valid @NotNull CodeOfCooperationRequest request) {
        CodeOfCooperation code = service.publish(request.toDraft(), user.subject());
        return Response.created(URI.create("/code-of-cooperation/versions/" + code.version))
                .entity(CodeOfCooperationResponse.of(code)).build();
    }
}
