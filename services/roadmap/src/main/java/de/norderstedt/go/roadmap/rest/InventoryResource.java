package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.paging.Cursor;
import de.norderstedt.go.platform.paging.Page;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.roadmap.model.AreaOfLife;
import de.norderstedt.go.roadmap.model.InventoryItem;
import de.norderstedt.go.roadmap.service.IndicatorSeries;
import de.norderstedt.go.roadmap.service.InventoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory and indicators", description = "The strategy house of existing initiatives, and the city's key figures as time series")
public class InventoryResource {

    private final InventoryService inventory;

    public InventoryResource(InventoryService inventory) {
        this.inventory = inventory;
    }

    @GET
    @Path("/inventory")
    @Operation(summary = "The strategy house: existing initiatives with smart-city character, by area of life",
            description = "In the strategy house's order of the areas of life, then by name; keyset paging with ?after=")
    public Page<InventoryItemResponse> strategyHouse(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                                     @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(3);
        List<InventoryItem> rows = inventory.inventory(key == null ? null : area(key), key == null ? null : key.text(1),
                key == null ? null : key.uuid(2), limit);
        return Page.of(rows, limit, InventoryItemResponse::of, i -> Cursor.of(i.areaOfLife.name(), i.name, i.id));
    }

    @POST
    @Path("/inventory")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add an initiative to the inventory")
    public Response add(@Valid @NotNull InventoryRequest request, @Context UriInfo uri) {
        InventoryItem i = inventory.add(request.entry());
        return Response.created(uri.getAbsolutePathBuilder().path(i.id.toString()).build()).entity(InventoryItemResponse.of(i)).build();
    }

    @PUT
    @Path("/inventory/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change an initiative of the inventory")
    public InventoryItemResponse change(@PathParam("id") UUID id, @Valid @NotNull InventoryRequest request) {
        return InventoryItemResponse.of(inventory.change(id, request.entry()));
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "Key figures of the programme and the city as time series (e.g. the smart-city ranking)",
            description = "In the order they were defined; keyset paging with ?after=")
    public Page<IndicatorResponse> indicators(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                              @QueryParam("after") @Parameter(description = "The `next` of the previous page") Cursor after) {
        Cursor key = after == null ? null : after.expect(2);
        List<IndicatorSeries> rows = inventory.indicators(key == null ? null : key.instant(0), key == null ? null : key.text(1), limit);
        return Page.of(rows, limit, IndicatorResponse::of, s -> Cursor.of(s.indicator().createdAt, s.indicator().key));
    }

    @GET
    @Path("/indicators/{key}")
    @Operation(summary = "One indicator with its values in time order")
    public IndicatorResponse indicator(@PathParam("key") String key) {
        return IndicatorResponse.of(inventory.indicator(key));
    }

    @PUT
    @Path("/indicators/{key}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Define or describe an indicator (its values stay)")
    public IndicatorResponse define(@PathParam("key") String key, @Valid @NotNull IndicatorRequest request) {
        return IndicatorResponse.of(inventory.defineIndicator(key, request.definition()));
    }

    @POST
    @Path("/indicators/{key}/values")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record the value observed on a date (replaces a value of the same date)")
    public IndicatorResponse record(@PathParam("key") String key, @Valid @NotNull ValueRequest request) {
        return IndicatorResponse.of(inventory.record(key, request.observedOn(), request.value(), request.note()));
    }

    /** The area of life a cursor of the strategy house holds; a forged one is a 400 on {@code after}. */
    private static AreaOfLife area(Cursor key) {
        try {
            return AreaOfLife.valueOf(key.text(0));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("after", "is not a cursor returned by this API for this sort order");
        }
    }
}
