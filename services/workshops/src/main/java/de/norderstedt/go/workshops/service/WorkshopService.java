package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.workshops.WorkshopEvents;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.workshops.messaging.WorkshopEventPublisher;
import de.norderstedt.go.workshops.model.Format;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import de.norderstedt.go.workshops.repository.RegistrationRepository;
import de.norderstedt.go.workshops.repository.WorkshopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Workshops and their lifecycle. Whoever holds a place or waits for one hears by mail when the
 * workshop moves (time or venue, with the new calendar file) or is cancelled (with the reason).
 */
@ApplicationScoped
public class WorkshopService {

    private final WorkshopRepository workshops;
    private final RegistrationRepository registrations;
    private final WorkshopEventPublisher events;
    private final WorkshopMails mails;

    public WorkshopService(WorkshopRepository workshops, RegistrationRepository registrations, WorkshopEventPublisher events,
                           WorkshopMails mails) {
        this.workshops = workshops;
        this.registrations = registrations;
        this.events = events;
        this.mails = mails;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Workshop get(UUID id) {
        return workshops.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Workshop", id));
    }

    /** A workshop as the caller may see it: drafts only for the programme team, others get a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Workshop visible(UUID id, boolean staff) {
        Workshop w = get(id);
        if (!w.status.isPublic() && !staff) {
            throw ProblemException.notFound("Workshop", id);
        }
        return w;
    }

    /**
     * One page of all workshops by start time (drafts only with {@code includeDrafts}), after the
     * keyset {@code (afterStart, afterId)} (both null for the first page); {@code limit + 1} rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Workshop> page(boolean includeDrafts, Instant afterStart, UUID afterId, int limit) {
        return workshops.page(includeDrafts, afterStart, afterId, limit);
    }

    /** The public events that are announced (not drafts), by start time: the calendar feed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Workshop> publicEvents() {
        return workshops.publicEvents();
    }

    @Transactional
    public Workshop create(WorkshopDetails details) {
        Workshop w = new Workshop();
        w.id = UUID.randomUUID();
        w.status = WorkshopStatus.DRAFT;
        w.createdAt = Timestamps.now();
        apply(w, details);
        workshops.persist(w);
        return w;
    }

    /**
     * Changes a workshop; moving its time keeps the registrations and tells everyone (the event
     * rescheduled, and a mail with the new calendar file to everyone registered, also when only the
     * venue changed). Their reminder comes again before the new date.
     */
    @Transactional
    public Workshop update(UUID id, WorkshopDetails details) {
        Workshop w = get(id);
        if (w.status == WorkshopStatus.CANCELLED || w.status == WorkshopStatus.DOCUMENTED) {
            throw ProblemException.conflict("A " + w.status + " workshop cannot be changed");
        }
        Instant oldStart = w.startsAt;
        Instant oldEnd = w.endsAt;
        String oldVenue = w.venueName;
        String oldAddress = w.venueAddress;
        apply(w, details);
        boolean moved = !Objects.equals(oldStart, w.startsAt) || !Objects.equals(oldEnd, w.endsAt);
        boolean elsewhere = !Objects.equals(oldVenue, w.venueName) || !Objects.equals(oldAddress, w.venueAddress);
        if (moved && w.status != WorkshopStatus.DRAFT) {
            events.changed(WorkshopEvents.RESCHEDULED, w, null);
        }
        if ((moved || elsewhere) && w.status != WorkshopStatus.DRAFT) {
            if (moved) {
                registrations.resetReminders(w.id);
            }
            mails.rescheduled(w, registrations.activeOfWorkshop(w.id));
        }
        return w;
    }

    @Transactional
    public Workshop changeStatus(UUID id, WorkshopStatus target, String reason) {
        Workshop w = get(id);
        if (!w.status.next().contains(target)) {
            List<String> allowed = w.status.next().stream().map(Enum::name).sorted().toList();
            throw ProblemException.conflict("A workshop that is " + w.status + " cannot become " + target
                    + (allowed.isEmpty() ? "; it is final" : ""), allowed);
        }
        if (target == WorkshopStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required to cancel a workshop: registrants are told why");
        }
        if (target == WorkshopStatus.REGISTRATION_OPEN && w.capacityOnSite + w.capacityOnline == 0) {
            throw ProblemException.conflict("Set a capacity before opening the registration");
        }
        w.status = target;
        w.cancelReason = target == WorkshopStatus.CANCELLED ? reason.strip() : w.cancelReason;
        w.updatedAt = Timestamps.now();
        EventType<WorkshopEvents.Changed> type = switch (target) {
            case PUBLISHED -> WorkshopEvents.PUBLISHED;
            case REGISTRATION_OPEN -> WorkshopEvents.REGISTRATION_OPENED;
            case REGISTRATION_CLOSED -> WorkshopEvents.REGISTRATION_CLOSED;
            case HELD -> WorkshopEvents.HELD;
            case DOCUMENTED -> WorkshopEvents.DOCUMENTED;
            case CANCELLED -> WorkshopEvents.CANCELLED;
            case DRAFT -> throw new IllegalStateException();
        };
        events.changed(type, w, w.cancelReason);
        if (target == WorkshopStatus.CANCELLED) {
            mails.cancelled(w, registrations.activeOfWorkshop(w.id));
        }
        return w;
    }

    private static void apply(Workshop w, WorkshopDetails d) {
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (d.registrationOpens() != null && d.registrationCloses() != null && !d.registrationCloses().isAfter(d.registrationOpens())) {
            throw ProblemException.invalid("registrationCloses", "must be after registrationOpens");
        }
        if (d.registrationCloses() != null && d.registrationCloses().isAfter(d.endsAt())) {
            throw ProblemException.invalid("registrationCloses", "must not be after the end of the workshop");
        }
        int onSite = d.capacityOnSite() == null ? 0 : d.capacityOnSite();
        int online = d.capacityOnline() == null ? 0 : d.capacityOnline();
        if (d.format() == Format.ONLINE && onSite > 0) {
            throw ProblemException.invalid("capacityOnSite", "an online workshop has no seats on site");
        }
        if (d.format() == Format.ON_SITE && online > 0) {
            throw ProblemException.invalid("capacityOnline", "an on-site workshop has no online places");
        }
        w.title = d.title().strip();
        w.description = d.description();
        w.type = d.type();
        w.format = d.format();
        w.venueName = d.venueName();
        w.venueAddress = d.venueAddress();
        w.streamUrl = d.streamUrl();
        w.meetingUrl = d.meetingUrl();
        w.startsAt = d.startsAt();
        w.endsAt = d.endsAt();
        w.audience = d.audience();
        w.accessRule = d.accessRule();
        w.capacityOnSite = onSite;
        w.capacityOnline = online;
        w.registrationOpens = d.registrationOpens();
        w.registrationCloses = d.registrationCloses();
        w.updatedAt = Timestamps.now();
    }
}
