package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.events.workshops.WorkshopEvents;
import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import de.norderstedt.go.workshops.config.WorkshopsConfig;
import de.norderstedt.go.workshops.messaging.WorkshopEventPublisher;
import de.norderstedt.go.workshops.model.Audience;
import de.norderstedt.go.workshops.model.Mode;
import de.norderstedt.go.workshops.model.Question;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.RegistrationStatus;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.workshops.model.WorkshopStatus;
import de.norderstedt.go.workshops.repository.QuestionRepository;
import de.norderstedt.go.workshops.repository.RegistrationRepository;
import de.norderstedt.go.workshops.repository.WorkshopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    private final WorkshopRepository workshops;
    private final RegistrationRepository registrations;
    private final QuestionRepository questions;
    private final WorkshopEventPublisher events;
    private final WorkshopsConfig config;

    public RegistrationService(WorkshopRepository workshops, RegistrationRepository registrations, QuestionRepository questions,
                               WorkshopEventPublisher events, WorkshopsConfig config) {
        this.workshops = workshops;
        this.registrations = registrations;
        this.questions = questions;
        this.events = events;
        this.config = config;
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
        return w.endsAt.plus(config.guestLinkValidAfterEnd());
    }

    /** The registration behind a guest's secret, while their link is valid; 404 otherwise. */
    private Registration byValidSecret(String secret) {
        Registration r = registrations.byCancelToken(hash(secret))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No registration has this link"));
        Workshop w = workshops.findById(r.workshopId);
        if (Timestamps.now().isAfter(linkExpiresAt(w))) {
            throw new ProblemException(ProblemType.NOT_FOUND, "This guest link expired at " + Times.berlin(linkExpiresAt(w)));
        }
        return r;
    }

    @Transactional
    public Registration cancelMine(UUID workshopId, UUID participantId) {
        lock(workshopId);
        Registration mine = registrations.active(workshopId, participantId)
                .orElseThrow(() -> ProblemException.notFound("Registration for workshop", workshopId));
        return cancel(mine);
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
        registrations.reload(found);
        if (found.status == RegistrationStatus.CANCELLED) {
            return found;
        }
        return cancel(found);
    }

    /** An ambassador's own registration of a workshop (the latest, cancelled ones included); 404 if none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Registration mine(UUID workshopId, UUID participantId) {
        return registrations.latest(workshopId, participantId)
                .orElseThrow(() -> ProblemException.notFound("Registration for workshop", workshopId));
    }

    /** All registrations of a workshop, in the order they came in (the export). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> of(UUID workshopId) {
        return registrations.ofWorkshop(workshopId);
    }

    /**
     * One page of a workshop's registrations in the order they came in, after the registration
     * numbered {@code afterSeq} (null for the first page); {@code limit + 1} rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Registration> page(UUID workshopId, Long afterSeq, int limit) {
        return registrations.page(workshopId, afterSeq, limit);
    }

    /** Staff mark a person as present, by registration id or by the short code of their confirmation. */
    @Transactional
    public Registration checkIn(UUID workshopId, String idOrCode) {
        Registration r = registrations.byIdOrCode(workshopId, idOrCode.strip(), idOrCode.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No registration of this workshop has this id or code"));
        if (r.status != RegistrationStatus.CONFIRMED) {
            throw ProblemException.conflict("This registration is " + r.status + ", not confirmed");
        }
        if (r.checkedInAt == null) {
            r.checkedInAt = Timestamps.now();
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
                perMode.put(status.name().toLowerCase(Locale.ROOT), registrations.countByStatus(workshopId, mode, status));
            }
            perMode.put("attended", registrations.attended(workshopId, mode));
            report.put(mode.name(), perMode);
        }
        Map<String, Long> asked = new LinkedHashMap<>();
        for (Map.Entry<Question.Status, Long> count : questions.countByStatus(workshopId).entrySet()) {
            asked.put(count.getKey().name().toLowerCase(Locale.ROOT), count.getValue());
        }
        report.put("questions", asked);
        report.put("ideaCards", workshops.cards(workshopId));
        return report;
    }

    /** Confirmed on site, confirmed online, waitlisted (both modes). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int[] counts(UUID workshopId) {
        return registrations.counts(workshopId);
    }

    private Registration place(Workshop w, Registration r) {
        long confirmed = registrations.countByStatus(w.id, r.mode, RegistrationStatus.CONFIRMED);
        r.status = confirmed < w.capacity(r.mode) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        if (!registrations.insert(r)) {
            throw ProblemException.conflict("Already registered for this workshop");
        }
        events.registration(r.status == RegistrationStatus.CONFIRMED ? WorkshopEvents.REGISTRATION_CONFIRMED
                : WorkshopEvents.REGISTRATION_WAITLISTED, r, counts(w.id));
        return r;
    }

    private Registration cancel(Registration r) {
        RegistrationStatus before = r.status;
        r.status = RegistrationStatus.CANCELLED;
        r.guestName = null;
        r.guestEmail = null;
        r.updatedAt = Timestamps.now();
        registrations.flush();
        events.registration(WorkshopEvents.REGISTRATION_CANCELLED, r, counts(r.workshopId));
        if (before == RegistrationStatus.CONFIRMED) {
            Optional<Registration> next = registrations.nextWaiting(r.workshopId, r.mode);
            if (next.isPresent()) {
                Registration promoted = next.get();
                promoted.status = RegistrationStatus.CONFIRMED;
                promoted.updatedAt = r.updatedAt;
                registrations.flush();
                events.registration(WorkshopEvents.REGISTRATION_PROMOTED, promoted, counts(r.workshopId));
            }
        }
        return r;
    }

    private Workshop lock(UUID workshopId) {
        return workshops.lock(workshopId).orElseThrow(() -> ProblemException.notFound("Workshop", workshopId));
    }

    private Workshop lockOpen(UUID workshopId, Mode mode) {
        Workshop w = lock(workshopId);
        if (w.status != WorkshopStatus.REGISTRATION_OPEN) {
            throw ProblemException.conflict("Registration is not open; the workshop is " + w.status);
        }
        Instant now = Timestamps.now();
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
        r.createdAt = Timestamps.now();
        r.updatedAt = r.createdAt;
        return r;
    }
}
