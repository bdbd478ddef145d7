package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.service.StatisticsService;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Diversity of the ambassadors, with small cells suppressed")
public class StatisticsResource {

    private final StatisticsService service;

    public StatisticsResource(StatisticsService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Counts by type, district, age group and interest; cells under 5 suppressed")
    public StatisticsResponse get() {
        return StatisticsResponse.of(service.compute());
    }
}
