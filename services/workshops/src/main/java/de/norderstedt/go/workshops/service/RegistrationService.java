package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.platform.events.workshops.WorkshopEvents;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import de.norderstedt.go.workshops.messaging.WorkshopEventPublisher;
import de.norderstedt.go.workshops.model.Audience;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

/**
 * Registrations without overbooking: every registration and cancellation of a workshop takes the
 * workshop's row lock first, so seats are counted and taken one request at a time per workshop
 * while other workshops are not held up. A full mode puts people on that mode's waitlist; a
 * cancellation promotes the longest-waiting person of the same mode.
 */
@ApplicationScoped
public class RegistrationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final EntityManager em;
    private final WorkshopEventPublisher events;

    private final java.time.Duration guestLinkValidAfterEnd;

    public RegistrationService(EntityManager em, WorkshopEventPublisher events,
                               @org.eclipse.microprofile.config.inject.ConfigProperty(name = "go.workshops.guest-link-valid-after-end",
                                       defaultValue = "P7D") java.time.Duration guestLinkValidAfterEnd) {
        this.em = em;
        this.events = events;
        this.guestLinkValidAfterEnd = guestLinkValidAfterEnd;
    }

    @Transactional
    public Registration registerAmbassador(UUID workshopId, UUID participantId, Mode mode) {
        Workshop w = lockOpen(workshopId, mode);
        if (w.audience == Audience.INVITED) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This workshop is by invitation; the programme team registers the invited");
        }
        Registration r = newRegistration(w, mode);
        r.participantId = participantId;
        return place(w, r);
    }

    /** A guest of a public event: name and e-mail are kept here only, the cancel token is their key. */
    @Transactional
    public Registration registerGuest(UUID workshopId, String name, String email, Mode mode) {
        Workshop w = lockOpen(workshopId, mode);
        if (w.audience != Audience.PUBLIC) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only public events take guest registrations; ambassadors register with their account");
        }
        Registration r = newRegistration(w, mode);
        r.guestName = name.strip();
        r.guestEmail = email.strip().toLowerCase(Locale.ROOT);
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        r.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        r.cancelToken = hash(r.secret);
        return place(w, r);
    }

    /** What is stored of a guest's secret: its SHA-256, so that the database does not hold working links. */
    static String hash(String secret) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until when a guest's link works: {@code go.workshops.guest-link-valid-after-end} after the event ends. */
    public Instant linkExpiresAt(Workshop w) {
        return w.endsAt.plus(guestLinkValidAfterEnd);
    }

    /** The registration behind a guest's secret, while their link is valid; 404 otherwise. */
    private Registration byValidSecret(String secret) {
        Registration r = em.createQuery("from Registration where cancelToken = ?1", Registration.class).setParameter(1, hash(secret))
                .getResultStream().findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No registration has this link"));
        Workshop w = em.find(Workshop.class, r.workshopId);
        if (Instant.now().isAfter(linkExpiresAt(w))) {
            throw new ProblemException(ProblemType.NOT_FOUND, "This guest link expired at " + Times.berlin(linkExpiresAt(w)));
        }
        return r;
    }

    @Transactional
    public Registration cancelMine(UUID workshopId, UUID participantId) {
        lock(workshopId);
        List<Registration> mine = em.createQuery(
                        "from Registration where workshopId = ?1 and participantId = ?2 and status <> ?3", Registration.class)
                .setParameter(1, workshopId).setParameter(2, participantId).setParameter(3, RegistrationStatus.CANCELLED)
                .getResultList();
        if (mine.isEmpty()) {
            throw ProblemException.notFound("Registration for workshop", workshopId);
        }
        return cancel(mine.get(0));
    }

    /** A guest's own registration, by the secret token of their link: their view and their data export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Registration byToken(String token) {
        return byValidSecret(token);
    }

    /**
     * Cancels by the secret token from the guest's confirmation link; nobody else can. The guest's
     * name and e-mail address are erased with it: nobody needs them for a cancelled place.
     */
    @Transactional
    public Registration cancelByToken(String token) {
        Registration found = byValidSecret(token);
        lock(found.workshopId);
        em.refresh(found);
        if (found.status == RegistrationStatus.CANCELLED) {
            return found;
        }
        return cancel(found);
    }

    /** An ambassador's own registration of a workshop (the latest, cancelled ones included); 404 if none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Registration mine(UUID workshopId, UUID participantId) {
        return em.createQuery("from Registration where workshopId = ?1 and participantId = ?2 order by seq desc", Registration.class)
                .setParameter(1, workshopId).setParameter(2, participantId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Registration for workshop", workshopId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> of(UUID workshopId) {
        return em.createQuery("from Registration where workshopId = ?1 order by seq", Registration.class)
                .setParameter(1, workshopId).getResultList();
    }

    /** Staff mark a person as present, by registration id or by the short code of their confirmation. */
    @Transactional
    public Registration checkIn(UUID workshopId, String idOrCode) {
        List<Registration> found = em.createQuery(
                        "from Registration where workshopId = ?1 and (cast(id as string) = ?2 or shortCode = ?3)", Registration.class)
                .setParameter(1, workshopId).setParameter(2, idOrCode.strip()).setParameter(3, idOrCode.strip().toUpperCase(Locale.ROOT))
                .getResultList();
        if (found.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No registration of this workshop has this id or code");
        }
        Registration r = found.get(0);
        if (r.status != RegistrationStatus.CONFIRMED) {
            throw ProblemException.conflict("This registration is " + r.status + ", not confirmed");
        }
        if (r.checkedInAt == null) {
            r.checkedInAt = WorkshopService.now();
            r.updatedAt = r.checkedInAt;
        }
        return r;
    }

    /** The closing report's numbers: registrations and attendance per mode, questions by status, idea cards from go.ideas.v1. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> report(UUID workshopId) {
        Map<String, Object> report = new LinkedHashMap<>();
        for (Mode mode : Mode.values()) {
            Map<String, Long> perMode = new LinkedHashMap<>();
            for (RegistrationStatus status : RegistrationStatus.values()) {
                perMode.put(status.name().toLowerCase(Locale.ROOT), count(workshopId, mode, "r.status = ?3", status));
            }
            perMode.put("attended", count(workshopId, mode, "r.checkedInAt is not null and ?3 is not null", RegistrationStatus.CONFIRMED));
            report.put(mode.name(), perMode);
        }
        Map<String, Long> asked = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select q.status, count(q) from Question q where q.workshopId = ?1 group by q.status", Object[].class)
                .setParameter(1, workshopId).getResultList()) {
            asked.put(row[0].toString().toLowerCase(Locale.ROOT), (Long) row[1]);
        }
        report.put("questions", asked);
        List<?> cards = em.createNativeQuery("select cards from workshop_cards where workshop_id = ?1").setParameter(1, workshopId).getResultList();
        report.put("ideaCards", cards.isEmpty() ? 0 : ((Number) cards.get(0)).intValue());
        return report;
    }

    private long count(UUID workshopId, Mode mode, String condition, RegistrationStatus status) {
        return em.createQuery("select count(r) from Registration r where r.workshopId = ?1 and r.mode = ?2 and " + condition, Long.class)
                .setParameter(1, workshopId).setParameter(2, mode).setParameter(3, status).getSingleResult();
    }

    /** Confirmed on site, confirmed online, waitlisted (both modes). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int[] counts(UUID workshopId) {
        int[] counts = new int[3];
        List<?> rows = em.createQuery("select r.mode, r.status, count(r) from Registration r where r.workshopId = ?1 and r.status <> ?2 group by r.mode, r.status")
                .setParameter(1, workshopId).setParameter(2, RegistrationStatus.CANCELLED).getResultList();
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            int n = ((Number) row[2]).intValue();
            if (row[1] == RegistrationStatus.WAITLISTED) {
                counts[2] += n;
            } else {
                counts[row[0] == Mode.ON_SITE ? 0 : 1] += n;
            }
        }
        return counts;
    }

    private Registration place(Workshop w, Registration r) {
        long confirmed = em.createQuery("select count(r) from Registration r where r.workshopId = ?1 and r.mode = ?2 and r.status = ?3", Long.class)
                .setParameter(1, w.id).setParameter(2, r.mode).setParameter(3, RegistrationStatus.CONFIRMED).getSingleResult();
        r.status = confirmed < w.capacity(r.mode) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        em.persist(r);
        try {
            em.flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw ProblemException.conflict("Already registered for this workshop");
        }
        em.refresh(r);
        events.registration(r.status == RegistrationStatus.CONFIRMED ? WorkshopEvents.REGISTRATION_CONFIRMED
                : WorkshopEvents.REGISTRATION_WAITLISTED, r, counts(w.id));
        return r;
    }

    private Registration cancel(Registration r) {
        RegistrationStatus before = r.status;
        r.status = RegistrationStatus.CANCELLED;
        r.guestName = null;
        r.guestEmail = null;
        r.updatedAt = WorkshopService.now();
        em.flush();
        events.registration(WorkshopEvents.REGISTRATION_CANCELLED, r, counts(r.workshopId));
        if (before == RegistrationStatus.CONFIRMED) {
            List<Registration> next = em.createQuery(
                            "from Registration where workshopId = ?1 and mode = ?2 and status = ?3 order by seq", Registration.class)
                    .setParameter(1, r.workshopId).setParameter(2, r.mode).setParameter(3, RegistrationStatus.WAITLISTED)
                    .setMaxResults(1).getResultList();
            if (!next.isEmpty()) {
                Registration promoted = next.get(0);
                promoted.status = RegistrationStatus.CONFIRMED;
                promoted.updatedAt = r.updatedAt;
                em.flush();
                events.registration(WorkshopEvents.REGISTRATION_PROMOTED, promoted, counts(r.workshopId));
            }
        }
        return r;
    }

    private Workshop lock(UUID workshopId) {
        Workshop w = em.find(Workshop.class, workshopId, LockModeType.PESSIMISTIC_WRITE);
        if (w == null) {
            throw ProblemException.notFound("Workshop", workshopId);
        }
        return w;
    }

    private Workshop lockOpen(UUID workshopId, Mode mode) {
        Workshop w = lock(workshopId);
        if (w.status != WorkshopStatus.REGISTRATION_OPEN) {
            throw ProblemException.conflict("Registration is not open; the workshop is " + w.status);
        }
        Instant now = Instant.now();
        if (w.registrationOpens != null && now.isBefore(w.registrationOpens)) {
            throw ProblemException.conflict("Registration opens at " + Times.berlin(w.registrationOpens));
        }
        if (w.registrationCloses != null && now.isAfter(w.registrationCloses)) {
            throw ProblemException.conflict("Registration closed at " + Times.berlin(w.registrationCloses));
        }
        boolean offered = switch (w.format) {
            case ON_SITE -> mode == Mode.ON_SITE;
            case ONLINE -> mode == Mode.ONLINE;
            case HYBRID -> true;
        } && w.capacity(mode) > 0;
        if (!offered) {
            throw ProblemException.invalid("mode", "this workshop offers no " + mode + " places");
        }
        return w;
    }

    private static Registration newRegistration(Workshop w, Mode mode) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.workshopId = w.id;
        r.mode = mode;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        r.shortCode = code.toString();
        r.createdAt = WorkshopService.now();
        r.updatedAt = r.createdAt;
        return r;
    }

}
