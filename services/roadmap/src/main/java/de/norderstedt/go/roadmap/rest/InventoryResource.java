package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.platform.security.Roles;
import de.norderstedt.go.roadmap.model.AreaOfLife;
import de.norderstedt.go.roadmap.model.InventoryItem;
import de.norderstedt.go.roadmap.model.InventoryStatus;
import de.norderstedt.go.roadmap.rest.InventoryRequests.IndicatorRequest;
import de.norderstedt.go.roadmap.rest.InventoryRequests.InventoryRequest;
import de.norderstedt.go.roadmap.rest.InventoryRequests.ValueRequest;
import de.norderstedt.go.roadmap.service.InventoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path(Api.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory and indicators", description = "The strategy house of existing initiatives, and the city's key figures as time series")
public class InventoryResource {

    public record ItemResponse(UUID id, String name, String description, AreaOfLife areaOfLife, String owner, String link,
                               InventoryStatus status, OffsetDateTime updatedAt) {
        static ItemResponse of(InventoryItem i) {
            return new ItemResponse(i.id, i.name, i.description, i.areaOfLife, i.owner, i.link, i.status, Times.berlin(i.updatedAt));
        }
    }

    /** One area of life of the strategy house with its initiatives. */
    public record Area(AreaOfLife areaOfLife, String label, List<ItemResponse> items) {
    }

    private final InventoryService inventory;

    public InventoryResource(InventoryService inventory) {
        this.inventory = inventory;
    }

    @GET
    @Path("/inventory")
    @Operation(summary = "The strategy house: existing initiatives with smart-city character, grouped by area of life")
    public List<Area> strategyHouse() {
        List<InventoryItem> items = inventory.inventory();
        return Arrays.stream(AreaOfLife.values())
                .map(a -> new Area(a, a.germanLabel(), items.stream().filter(i -> i.areaOfLife == a).map(ItemResponse::of).toList()))
                .filter(a -> !a.items().isEmpty()).toList();
    }

    @POST
    @Path("/inventory")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add an initiative to the inventory")
    public Response add(@Valid @NotNull InventoryRequest request) {
        InventoryItem i = inventory.add(request);
        return Response.created(URI.create(Api.ROOT + "/inventory/" + i.id)).entity(ItemResponse.of(i)).build();
    }

    @PUT
    @Path("/inventory/{id}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change an initiative of the inventory")
    public ItemResponse change(@PathParam("id") UUID id, @Valid @NotNull InventoryRequest request) {
        return ItemResponse.of(inventory.change(id, request));
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "Key figures of the programme and the city as time series (e.g. the smart-city ranking)")
    public List<InventoryService.Indicator> indicators() {
        return inventory.indicators();
    }

    @GET
    @Path("/indicators/{key}")
    @Operation(summary = "One indicator with its values in time order")
    public InventoryService.Indicator indicator(@PathParam("key") String key) {
        return inventory.indicator(key);
    }

    @PUT
    @Path("/indicators/{key}")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Define or describe an indicator (its values stay)")
    public InventoryService.Indicator define(@PathParam("key") String key, @Valid @NotNull IndicatorRequest request) {
        return inventory.defineIndicator(key, request);
    }

    @POST
    @Path("/indicators/{key}/values")
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record the value observed on a date (replaces a value of the same date)")
    public InventoryService.Indicator record(@PathParam("key") String key, @Valid @NotNull ValueRequest request) {
        return inventory.record(key, request);
    }
}
