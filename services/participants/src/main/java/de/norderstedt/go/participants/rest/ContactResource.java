package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.ProgrammeContact;
import de.norderstedt.go.participants.service.ContactService;
import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
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

@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programme contacts", description = "Whom to contact about Norderstedt GO! (offices, not people's own addresses)")
public class ContactResource {

    private final ContactService service;

    public ContactResource(ContactService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The programme's public contacts", description = "In the order they are shown; keyset paging with ?after=")
    public Page<ContactResponse> list(
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
            @QueryParam("after") @Parameter(description = "The `next` cursor of the previous page") Cursor after) {
        Cursor cursor = after == null ? null : after.expect(3);
        return Page.of(
                service.page(cursor == null ? null : cursor.integer(0), cursor == null ? null : cursor.text(1),
                        cursor == null ? null : cursor.uuid(2), limit),
                limit, ContactResponse::of, c -> Cursor.of(c.sortOrder, c.role, c.id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a contact")
    public Response create(@Valid @NotNull ContactRequest request) {
        ProgrammeContact contact = service.create(request.toDetails());
        return Response.created(URI.create("/contacts/" + contact.id)).entity(ContactResponse.of(contact)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a contact")
    public ContactResponse update(@PathParam("id") UUID id, @Valid @NotNull ContactRequest request) {
        return ContactResponse.of(service.update(id, request.toDetails()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a contact")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
