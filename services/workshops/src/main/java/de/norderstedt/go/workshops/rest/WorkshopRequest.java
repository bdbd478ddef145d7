package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.model.Audience;
import de.norderstedt.go.workshops.model.Format;
import de.norderstedt.go.workshops.model.WorkshopType;
import de.norderstedt.go.platform.input.WebAddress;
import de.norderstedt.go.workshops.service.WorkshopDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A workshop or event of the programme. Times with offset, e.g. 2021-09-23T18:00:00+02:00. */
public record WorkshopRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Auftaktveranstaltung Norderstedt GO!") String title,
        @Size(max = 5000) String description,
        @NotNull WorkshopType type,
        @NotNull Format format,
        @Size(max = 200) @Schema(example = "TriBühne Norderstedt") String venueName,
        @Size(max = 300) @Schema(example = "Rathausallee 50, 22846 Norderstedt") String venueAddress,
        @Size(max = 500) @WebAddress(schemes = "https", message = "must be an https URL") String streamUrl,
        @Size(max = 500) @WebAddress(schemes = "https", message = "must be an https URL") String meetingUrl,
        @NotNull @Schema(example = "2021-09-23T18:00:00+02:00") OffsetDateTime startsAt,
        @NotNull @Schema(example = "2021-09-23T21:00:00+02:00") OffsetDateTime endsAt,
        @NotNull Audience audience,
        @Size(max = 500) @Schema(example = "3G: geimpft, genesen oder getestet") String accessRule,
        @PositiveOrZero Integer capacityOnSite,
        @PositiveOrZero Integer capacityOnline,
        OffsetDateTime registrationOpens,
        OffsetDateTime registrationCloses) {

    /** What the service sets of the workshop; times as instants. */
    WorkshopDetails details() {
        return new WorkshopDetails(title, description, type, format, venueName, venueAddress, streamUrl, meetingUrl,
                startsAt.toInstant(), endsAt.toInstant(), audience, accessRule, capacityOnSite, capacityOnline,
                registrationOpens == null ? null : registrationOpens.toInstant(),
                registrationCloses == null ? null : registrationCloses.toInstant());
    }
}
