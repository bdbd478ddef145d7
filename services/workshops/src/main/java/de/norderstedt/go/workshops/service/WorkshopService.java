package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.workshops.WorkshopEvents;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.workshops.messaging.WorkshopEventPublisher;
import de.norderstedt.go.workshops.model.Format;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import de.norderstedt.go.workshops.rest.WorkshopRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Workshops and their lifecycle. */
@ApplicationScoped
public class WorkshopService {

    private final EntityManager em;
    private final WorkshopEventPublisher events;

    public WorkshopService(EntityManager em, WorkshopEventPublisher events) {
        this.em = em;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Workshop get(UUID id) {
        Workshop w = em.find(Workshop.class, id);
        if (w == null) {
            throw ProblemException.notFound("Workshop", id);
        }
        return w;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Workshop> upcomingAndPast(boolean includeDrafts) {
        return em.createQuery("from Workshop w where (?1 = true or w.status <> ?2) order by w.startsAt, w.id", Workshop.class)
                .setParameter(1, includeDrafts).setParameter(2, WorkshopStatus.DRAFT).getResultList();
    }

    @Transactional
    public Workshop create(@Valid @NotNull WorkshopRequest request) {
        Workshop w = new Workshop();
        w.id = UUID.randomUUID();
        w.status = WorkshopStatus.DRAFT;
        w.createdAt = now();
        apply(w, request);
        em.persist(w);
        return w;
    }

    /** Changes a workshop; moving its time keeps the registrations and tells everyone (rescheduled). */
    @Transactional
    public Workshop update(UUID id, @Valid @NotNull WorkshopRequest request) {
        Workshop w = get(id);
        if (w.status == WorkshopStatus.CANCELLED || w.status == WorkshopStatus.DOCUMENTED) {
            throw ProblemException.conflict("A " + w.status + " workshop cannot be changed");
        }
        Instant oldStart = w.startsAt;
        Instant oldEnd = w.endsAt;
        apply(w, request);
        boolean moved = !Objects.equals(oldStart, w.startsAt) || !Objects.equals(oldEnd, w.endsAt);
        if (moved && w.status != WorkshopStatus.DRAFT) {
            events.changed(WorkshopEvents.RESCHEDULED, w, null);
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
        w.updatedAt = now();
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
        return w;
    }

    private static void apply(Workshop w, WorkshopRequest r) {
        if (!r.endsAt().isAfter(r.startsAt())) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (r.registrationOpens() != null && r.registrationCloses() != null && !r.registrationCloses().isAfter(r.registrationOpens())) {
            throw ProblemException.invalid("registrationCloses", "must be after registrationOpens");
        }
        if (r.registrationCloses() != null && r.registrationCloses().isAfter(r.endsAt())) {
            throw ProblemException.invalid("registrationCloses", "must not be after the end of the workshop");
        }
        int onSite = r.capacityOnSite() == null ? 0 : r.capacityOnSite();
        int online = r.capacityOnline() == null ? 0 : r.capacityOnline();
        if (r.format() == Format.ONLINE && onSite > 0) {
            throw ProblemException.invalid("capacityOnSite", "an online workshop has no seats on site");
        }
        if (r.format() == Format.ON_SITE && online > 0) {
            throw ProblemException.invalid("capacityOnline", "an on-site workshop has no online places");
        }
        w.title = r.title().strip();
        w.description = r.description();
        w.type = r.type();
        w.format = r.format();
        w.venueName = r.venueName();
        w.venueAddress = r.venueAddress();
        w.streamUrl = r.streamUrl();
        w.meetingUrl = r.meetingUrl();
        w.startsAt = r.startsAt().toInstant();
        w.endsAt = r.endsAt().toInstant();
        w.audience = r.audience();
        w.accessRule = r.accessRule();
        w.capacityOnSite = onSite;
        w.capacityOnline = online;
        w.registrationOpens = r.registrationOpens() == null ? null : r.registrationOpens().toInstant();
        w.registrationCloses = r.registrationCloses() == null ? null : r.registrationCloses().toInstant();
        w.updatedAt = now();
    }

    static Instant now() {
        return de.norderstedt.go.platform.model.Timestamps.now();
    }
}
