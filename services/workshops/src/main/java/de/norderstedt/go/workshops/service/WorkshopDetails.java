package de.norderstedt.go.workshops.service;

import de.norderstedt.go.workshops.model.Audience;
import de.norderstedt.go.workshops.model.Format;
import de.norderstedt.go.workshops.model.WorkshopType;

import java.time.Instant;

/**
 * What the programme team sets of a workshop when they create or change it; capacities absent
 * mean none. {@code registrationOpens} and {@code registrationCloses} may be absent (no limit).
 */
public record WorkshopDetails(String title, String description, WorkshopType type, Format format,
                              String venueName, String venueAddress, String streamUrl, String meetingUrl,
                              Instant startsAt, Instant endsAt, Audience audience, String accessRule,
                              Integer capacityOnSite, Integer capacityOnline,
                              Instant registrationOpens, Instant registrationCloses) {
}
