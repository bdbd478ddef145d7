package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.mail.MailAttachment;
import de.norderstedt.go.platform.mail.MailMessage;
import de.norderstedt.go.platform.mail.MailOutbox;
import de.norderstedt.go.platform.mail.MailTemplates;
import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The mails about registrations, German, from the templates in {@code templates/mail}: queued in
 * the transaction of the change they tell of ({@link MailOutbox}), sent by the platform's relay.
 * A guest's mail goes to the address kept here; an ambassador's to their participant id, whose
 * address only participants holds. A guest who has not confirmed their address gets no mail but
 * the one asking them to confirm it. The meeting link goes only with a confirmed online place.
 */
@ApplicationScoped
public class WorkshopMails {

    static final String GUEST_VERIFY = "guest-verify";
    static final String CONFIRMED = "registration-confirmed";
    static final String WAITLISTED = "waitlisted";
    static final String PROMOTED = "waitlist-promoted";
    static final String RESCHEDULED = "workshop-rescheduled";
    static final String CANCELLED = "workshop-cancelled";
    static final String REMINDER = "reminder";

    /** The workshop is still to happen: mails about places in it make sense. */
    private static final Set<WorkshopStatus> UPCOMING = EnumSet.of(WorkshopStatus.PUBLISHED, WorkshopStatus.REGISTRATION_OPEN,
            WorkshopStatus.REGISTRATION_CLOSED);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);
    private static final String ICS_NAME = "veranstaltung.ics";
    private static final String ICS_TYPE = "text/calendar; charset=UTF-8";

    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final CalendarService calendar;
    private final ParticipantDirectory directory;
    private final String linkBase;

    public WorkshopMails(MailTemplates templates, MailOutbox outbox, CalendarService calendar, ParticipantDirectory directory,
                         @ConfigProperty(name = "go.mail.link-base", defaultValue = "http://localhost:8080") String linkBase) {
        this.templates = templates;
        this.outbox = outbox;
        this.calendar = calendar;
        this.directory = directory;
        this.linkBase = linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
    }

    /**
     * The mail asking a new guest to confirm their address: the link with the verification secret
     * (only in this mail), and the link to look at or cancel the registration.
     */
    public void verifyGuest(Registration r, Workshop w) {
        Map<String, Object> data = common(r, w);
        data.put("verifyLink", linkBase + "/veranstaltungen/bestaetigen#token=" + r.verifySecret);
        data.put("manageLink", manageLink(r.secret));
        data.put("verifyBy", moment(r.verifyBy));
        outbox.toAddress(r.guestEmail, templates.render(GUEST_VERIFY, data));
    }

    /**
     * The answer to a place taken: the confirmation with the calendar file, or the place on the
     * waitlist. {@code manageSecret}: the guest's link secret when it is known (null otherwise).
     */
    public void placed(Registration r, Workshop w, String manageSecret) {
        if (!r.reachable() || !UPCOMING.contains(w.status)) {
            return;
        }
        Map<String, Object> data = common(r, w);
        data.put("manageLink", manageSecret == null ? "" : manageLink(manageSecret));
        if (r.status == RegistrationStatus.CONFIRMED) {
            send(r, templates.render(CONFIRMED, data, ics(r, w)));
        } else if (r.status == RegistrationStatus.WAITLISTED) {
            send(r, templates.render(WAITLISTED, data));
        }
    }

    /** A place became free and is now this person's: with the calendar file. */
    public void promoted(Registration r, Workshop w) {
        if (!r.reachable() || !UPCOMING.contains(w.status) || r.status != RegistrationStatus.CONFIRMED) {
            return;
        }
        send(r, templates.render(PROMOTED, common(r, w), ics(r, w)));
    }

    /** The workshop moved (time or venue): everyone with a place or on the waitlist, with the new calendar file. */
    public void rescheduled(Workshop w, List<Registration> registrations) {
        if (!UPCOMING.contains(w.status)) {
            return;
        }
        for (Registration r : registrations) {
            if (r.reachable() && r.status != RegistrationStatus.CANCELLED) {
                send(r, templates.render(RESCHEDULED, common(r, w), ics(r, w)));
            }
        }
    }

    /** The workshop was cancelled: everyone with a place or on the waitlist, with the reason. */
    public void cancelled(Workshop w, List<Registration> registrations) {
        for (Registration r : registrations) {
            if (r.reachable() && r.status != RegistrationStatus.CANCELLED) {
                Map<String, Object> data = common(r, w);
                data.put("reason", oneLine(w.cancelReason));
                send(r, templates.render(CANCELLED, data));
            }
        }
    }

    /** The reminder of the day before, to a confirmed place. */
    public void reminder(Registration r, Workshop w) {
        if (!r.reachable() || !UPCOMING.contains(w.status) || r.status != RegistrationStatus.CONFIRMED) {
            return;
        }
        send(r, templates.render(REMINDER, common(r, w), ics(r, w)));
    }

    private void send(Registration r, MailMessage mail) {
        if (r.participantId != null) {
            outbox.toParticipant(r.participantId, mail);
        } else if (r.guestEmail != null) {
            outbox.toAddress(r.guestEmail, mail);
        }
    }

    /** What every template sees. Absent values are empty texts (false in an {@code #if}). */
    private Map<String, Object> common(Registration r, Workshop w) {
        Map<String, Object> data = new HashMap<>();
        String name = r.participantId == null ? r.guestName : directory.publicName(r.participantId);
        data.put("greeting", name == null || name.isBlank() ? "Guten Tag," : "Hallo " + oneLine(name) + ",");
        data.put("title", oneLine(w.title));
        data.put("when", when(w));
        data.put("online", r.mode == Mode.ONLINE);
        data.put("mode", r.mode == Mode.ONLINE ? "online" : "vor Ort");
        data.put("confirmed", r.status == RegistrationStatus.CONFIRMED);
        data.put("waitlisted", r.status == RegistrationStatus.WAITLISTED);
        data.put("venue", r.mode == Mode.ON_SITE ? venue(w) : "");
        data.put("accessRule", r.mode == Mode.ON_SITE ? text(w.accessRule) : "");
        data.put("meetingUrl", text(meetingUrl(r, w)));
        data.put("streamUrl", text(w.streamUrl));
        data.put("shortCode", text(r.shortCode));
        data.put("workshopLink", linkBase + "/veranstaltungen/" + w.id);
        data.put("manageLink", "");
        return data;
    }

    /** The meeting link belongs to a confirmed online place only. */
    private static String meetingUrl(Registration r, Workshop w) {
        return r.status == RegistrationStatus.CONFIRMED && r.mode == Mode.ONLINE ? w.meetingUrl : null;
    }

    private List<MailAttachment> ics(Registration r, Workshop w) {
        return List.of(new MailAttachment(ICS_NAME, ICS_TYPE,
                calendar.personal(w, meetingUrl(r, w)).getBytes(StandardCharsets.UTF_8)));
    }

    private String manageLink(String secret) {
        return linkBase + "/veranstaltungen/anmeldung#token=" + secret;
    }

    private static String venue(Workshop w) {
        if (w.venueName == null) {
            return text(w.venueAddress);
        }
        return oneLine(w.venueName) + (w.venueAddress == null ? "" : ", " + oneLine(w.venueAddress));
    }

    /** "Dienstag, 23. September 2031, 18:00 bis 21:00 Uhr", in Norderstedt's time. */
    static String when(Workshop w) {
        ZonedDateTime start = w.startsAt.atZone(Times.BERLIN);
        ZonedDateTime end = w.endsAt.atZone(Times.BERLIN);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return DAY.format(start) + ", " + TIME.format(start) + " bis " + TIME.format(end) + " Uhr";
        }
        return DAY.format(start) + ", " + TIME.format(start) + " Uhr bis " + DAY.format(end) + ", " + TIME.format(end) + " Uhr";
    }

    /** "23. September 2031, 18:30 Uhr". */
    private static String moment(Instant instant) {
        ZonedDateTime at = instant.atZone(Times.BERLIN);
        return DateTimeFormatter.ofPattern("d. MMMM yyyy, HH:mm 'Uhr'", Locale.GERMAN).format(at);
    }

    private static String text(String s) {
        return s == null ? "" : oneLine(s);
    }

    /**
     * A text from a request on one line: the subject is the template's first line, so a line break
     * in a title must not end it (nor start a header).
     */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
