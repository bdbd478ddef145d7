package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.workshops.model.Workshop;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;

/** One point of an agenda. */
public record AgendaItemRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
                                @NotNull @Pattern(regexp = "TALK|PANEL|QA|GROUP_WORK|PRESENTATION|BREAK",
                                        message = "must be one of TALK, PANEL, QA, GROUP_WORK, PRESENTATION, BREAK") String kind,
                                @NotBlank @Size(max = 200) String title, @Size(max = 10) List<@NotBlank @Size(max = 120) String> speakers) {

    Workshop.AgendaItem item() {
        return new Workshop.AgendaItem(startsAt, endsAt, kind, title, speakers);
    }
}
