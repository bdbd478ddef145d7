package de.norderstedt.go.workshops.rest;

import java.util.UUID;

/** Places per mode, how many are taken, and how many wait (both modes). */
public record OccupancyResponse(UUID workshopId, int capacityOnSite, int confirmedOnSite, int capacityOnline, int confirmedOnline,
                                int waitlisted) {
}
