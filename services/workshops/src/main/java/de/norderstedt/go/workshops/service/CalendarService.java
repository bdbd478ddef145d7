package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import de.norderstedt.go.platform.input.WebAddress;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;

/** iCalendar (RFC 5545) for one workshop and for the feed of public events, times in Europe/Berlin. */
@ApplicationScoped
public class CalendarService {

    private static final net.fortuna.ical4j.model.TimeZone BERLIN =
            net.fortuna.ical4j.model.TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Times.BERLIN.getId());

    public String calendar(List<Workshop> workshops) {
        return write(workshops, null);
    }

    /**
     * The calendar file of one person's registration, attached to their mails: the public event,
     * and for a confirmed online place the link into the meeting ({@code meetingUrl}; null otherwise).
     */
    public String personal(Workshop workshop, String meetingUrl) {
        return write(List.of(workshop), meetingUrl);
    }

    private String write(List<Workshop> workshops, String meetingUrl) {
        Calendar calendar = new Calendar()
                .withProdId("-//Stadt Norderstedt//Norderstedt GO!//DE")
                .withDefaults()
                .getFluentTarget();
        // No METHOD: this is a calendar file to import or subscribe to, not an iTIP message
        // (RFC 5546). METHOD:PUBLISH would ask for an ORGANIZER in every event, and RFC 5545
        // wants the same method in the Content-Type, which a download does not carry.

        // RFC 5545: every TZID used must be defined in the file (ical4j ships the definitions).
        calendar.add(BERLIN.getVTimeZone());
        for (Workshop w : workshops) {
            calendar.add(event(w, meetingUrl));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(Workshop w, String meetingUrl) {
        ZonedDateTime start = w.startsAt.atZone(Times.BERLIN);
        ZonedDateTime end = w.endsAt.atZone(Times.BERLIN);
        VEvent event = new VEvent(start, end, w.title);
        event.add(new Uid(w.id + "@norderstedt-go"));
        StringBuilder text = new StringBuilder(w.description == null ? "" : w.description);
        if (w.accessRule != null) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Zugang: ").append(w.accessRule);
        }
        if (w.streamUrl != null) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Livestream: ").append(w.streamUrl);
        }
        if (meetingUrl != null) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Online-Teilnahme: ").append(meetingUrl);
        }
        if (!text.isEmpty()) {
            event.add(new Description(text.toString()));
        }
        String location = w.venueName == null ? null : w.venueName + (w.venueAddress == null ? "" : ", " + w.venueAddress);
        if (location == null && w.format != de.norderstedt.go.workshops.model.Format.ON_SITE) {
            location = "Online";
        }
        if (location != null) {
            event.add(new Location(location));
        }
        // Calendar files are public: the meeting link is only for those with a confirmed online place
        // (their own file, attached to their mail).
        String link = meetingUrl != null ? meetingUrl : w.streamUrl;
        // Links are checked when staff enter them; one stored before that check is left out, not a broken feed.
        if (link != null && WebAddress.Validator.valid(link, "https")) {
            event.add(new Url(URI.create(link)));
        }
        event.add(w.status == WorkshopStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        return event;
    }
}
