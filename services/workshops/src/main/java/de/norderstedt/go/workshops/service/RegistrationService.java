package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.directory.ParticipantDirectory;
import de.norderstedt.go.platform.events.workshops.WorkshopEvents;
import de.norderstedt.go.platform.mail.MailOutbox;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Registrations without overbooking: every registration and cancellation of a workshop takes the
 * workshop's row lock first, so seats are counted and taken one request at a time per workshop
 * while other workshops are not held up. A full mode puts people on that mode's waitlist; a
 * cancellation promotes the longest-waiting person of the same mode.
 *
 * <p>Guests confirm their address (double opt-in): the registration answers with a place or a
 * place on the waitlist at once, but an unconfirmed guest holds it only until {@code verifyBy}
 * ({@code go.workshops.guest-verification-grace} after registering); then the sweeper cancels it
 * and the next person waiting moves up. Every change that a person should hear of queues its mail
 * in the same transaction ({@link WorkshopMails}).
 */
@ApplicationScoped
public class RegistrationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** The workshop is announced and not held yet: staff may invite people to it. */
    private static final Set<WorkshopStatus> INVITABLE = EnumSet.of(WorkshopStatus.PUBLISHED, WorkshopStatus.REGISTRATION_OPEN,
            WorkshopStatus.REGISTRATION_CLOSED);
    /** The reminder goes out the day before. */
    private static final Duration REMINDER_AHEAD = Duration.ofHours(24);

    private final WorkshopRepository workshops;
    private final RegistrationRepository registrations;
    private final QuestionRepository questions;
    private final WorkshopEventPublisher events;
    private final WorkshopsConfig config;
    private final WorkshopMails mails;
    private final MailOutbox mailOutbox;
    private final ParticipantDirectory directory;

    public RegistrationService(WorkshopRepository workshops, RegistrationRepository registrations, QuestionRepository questions,
                               WorkshopEventPublisher events, WorkshopsConfig config, WorkshopMails mails, MailOutbox mailOutbox,
                               ParticipantDirectory directory) {
        this.workshops = workshops;
        this.registrations = registrations;
        this.questions = questions;
        this.events = events;
        this.config = config;
        this.mails = mails;
        this.mailOutbox = mailOutbox;
        this.directory = directory;
    }

    /** An ambassador registers themselves; the confirmation (or the waitlist mail) goes to them at once. */
    @Transactional
    public Registration registerAmbassador(UUID workshopId, UUID participantId, Mode mode) {
        Workshop w = lock(workshopId);
        if (w.audience == Audience.INVITED) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This workshop is by invitation; the programme team registers the invited");
        }
        requireOpen(w, mode);
        Registration r = newRegistration(w, mode);
        r.participantId = participantId;
        place(w, r);
        placedMail(r, w, null);
        return r;
    }

    /**
     * The programme team registers a participant on their behalf (an invitation), for a workshop of
     * any audience that is announced and not held yet, outside the registration window too, by the
     * same placing rules (a place, or the waitlist of that mode). The person gets the same mail as
     * if they had registered themselves. 404 when no participant has this id (or they were erased):
     * the participant directory of this service knows every participant from go.participants.v1.
     */
    @Transactional
    public Registration invite(UUID workshopId, UUID participantId, Mode mode, String staffSubject) {
        Workshop w = lock(workshopId);
        if (!INVITABLE.contains(w.status)) {
            throw ProblemException.conflict("People are invited to an announced workshop that is not held yet; it is " + w.status);
        }
        requireOffered(w, mode);
        ParticipantDirectory.Ref invited = directory.find(participantId).filter(p -> !"ERASED".equals(p.status()))
                .orElseThrow(() -> ProblemException.notFound("Participant", participantId));
        Registration r = newRegistration(w, mode);
        r.participantId = invited.participantId();
        r.registeredBy = staffSubject;
        place(w, r);
        placedMail(r, w, null);
        return r;
    }

    /**
     * A guest of a public event: name and e-mail are kept here only. The answer (as before) holds
     * their place and the secret of their link ({@code cancelToken}: look at, cancel); the
     * verification secret goes only into the mail to the address, so that only its owner confirms
     * it. The link secret is derived from the verification secret, one way: whoever confirms by the
     * mail can be sent their link again, whoever holds only the link cannot confirm.
     */
    @Transactional
    public Registration registerGuest(UUID workshopId, String name, String email, Mode mode) {
        Workshop w = lock(workshopId);
        if (w.audience != Audience.PUBLIC) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only public events take guest registrations; ambassadors register with their account");
        }
        requireOpen(w, mode);
        Registration r = newRegistration(w, mode);
        r.guestName = name.strip();
        r.guestEmail = email.strip().toLowerCase(Locale.ROOT);
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        r.verifySecret = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        r.guestVerifyToken = hash(r.verifySecret);
        r.secret = linkSecret(r.verifySecret);
        r.cancelToken = hash(r.secret);
        r.verifyBy = r.createdAt.plus(config.guestVerificationGrace());
        place(w, r);
        mails.verifyGuest(r, w);
        return r;
    }

    /**
     * A guest confirms their address with the secret of the link in their verification mail: the
     * place (or the place on the waitlist) is theirs now, and the confirmation with the calendar
     * file (or the waitlist mail) goes out. Confirming again changes nothing and sends nothing. A
     * registration already released (not confirmed in time, or cancelled) is a 409.
     */
    @Transactional
    public Registration verifyGuest(String verifySecret) {
        Registration found = registrations.byVerifyToken(hash(verifySecret))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No registration has this link"));
        Workshop w = lock(found.workshopId);
        registrations.reload(found);
        if (Timestamps.now().isAfter(linkExpiresAt(w))) {
            throw new ProblemException(ProblemType.NOT_FOUND, "This guest link expired at " + Times.berlin(linkExpiresAt(w)));
        }
        if (found.status == RegistrationStatus.CANCELLED) {
            throw ProblemException.conflict(found.guestVerifiedAt == null
                    ? "This registration was not confirmed in time and has been released; register again if places are free"
                    : "This registration was cancelled");
        }
        if (found.guestVerifiedAt != null) {
            return found;
        }
        found.guestVerifiedAt = Timestamps.now();
        found.updatedAt = found.guestVerifiedAt;
        placedMail(found, w, linkSecret(verifySecret));
        return found;
    }

    /** The secret of a guest's link, from the secret of their verification link (SHA-256, one way). */
    private static String linkSecret(String verifySecret) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("norderstedt-go guest link " + verifySecret).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /**
     * One page of a participant's own registrations across workshops, newest first, before the
     * registration numbered {@code beforeSeq} (null for the first page); {@code limit + 1} rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OwnRegistration> pageOfParticipant(UUID participantId, Long beforeSeq, int limit) {
        List<Registration> rows = registrations.pageOfParticipant(participantId, beforeSeq, limit);
        Map<UUID, Workshop> of = workshops.byIds(rows.stream().map(r -> r.workshopId).toList());
        return rows.stream().map(r -> new OwnRegistration(r, of.get(r.workshopId))).toList();
    }

    /**
     * Releases the places of the guests of one workshop who did not confirm their address in time
     * (their name and address erased as on a cancellation; the next person waiting moves up and is
     * told). Takes one workshop whose row no other transaction holds, so replicas sweep side by
     * side; false when no workshop is left to sweep.
     */
    @Transactional
    public boolean releaseOneWorkshopsUnverifiedGuests() {
        Instant now = Timestamps.now();
        Optional<Workshop> locked = workshops.lockOneWithUnverifiedGuests(now);
        if (locked.isEmpty()) {
            return false;
        }
        for (Registration r : registrations.unverifiedPastDeadline(locked.get().id, now)) {
            // A guest released a moment ago may have moved up, and a promoted one may be due too: in order.
            if (r.status != RegistrationStatus.CANCELLED) {
                cancel(r);
            }
        }
        return true;
    }

    /**
     * Sends up to {@code limit} reminders of the day before (confirmed places of workshops starting
     * within 24 hours, each once); answers how many went out, {@code limit} meaning there may be more.
     */
    @Transactional
    public int remindDue(int limit) {
        Instant now = Timestamps.now();
        List<Registration> due = registrations.lockDueForReminder(now, now.plus(REMINDER_AHEAD), limit);
        Map<UUID, Workshop> of = workshops.byIds(due.stream().map(r -> r.workshopId).toList());
        for (Registration r : due) {
            mails.reminder(r, of.get(r.workshopId));
            r.remindedAt = now;
        }
        return due.size();
    }

    /**
     * The mail for a place just taken or confirmed. A confirmation that comes within the day before
     * the workshop is its reminder too: nobody gets both within hours.
     */
    private void placedMail(Registration r, Workshop w, String manageSecret) {
        mails.placed(r, w, manageSecret);
        remindedIfSoon(r, w);
    }

    private void remindedIfSoon(Registration r, Workshop w) {
        Instant now = Timestamps.now();
        if (r.status == RegistrationStatus.CONFIRMED && r.reachable() && !now.plus(REMINDER_AHEAD).isBefore(w.startsAt)) {
            r.remindedAt = now;
        }
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

    /**
     * Cancels (the caller holds the workshop's lock). A guest's name and address go with it, and
     * the mails to that address too once it has no other registration left. The longest-waiting
     * person of the mode moves up and is told (a guest only once they confirmed their address: an
     * unconfirmed one hears of the place when they confirm).
     */
    private Registration cancel(Registration r) {
        RegistrationStatus before = r.status;
        String guestEmail = r.guestEmail;
        r.status = RegistrationStatus.CANCELLED;
        r.guestName = null;
        r.guestEmail = null;
        r.updatedAt = Timestamps.now();
        registrations.flush();
        if (guestEmail != null && !registrations.guestAddressInUse(guestEmail)) {
            mailOutbox.forget(guestEmail);
        }
        events.registration(WorkshopEvents.REGISTRATION_CANCELLED, r, counts(r.workshopId));
        if (before == RegistrationStatus.CONFIRMED) {
            Optional<Registration> next = registrations.nextWaiting(r.workshopId, r.mode);
            if (next.isPresent()) {
                Registration promoted = next.get();
                promoted.status = RegistrationStatus.CONFIRMED;
                promoted.updatedAt = r.updatedAt;
                registrations.flush();
                events.registration(WorkshopEvents.REGISTRATION_PROMOTED, promoted, counts(r.workshopId));
                Workshop w = workshops.findById(r.workshopId);
                mails.promoted(promoted, w);
                remindedIfSoon(promoted, w);
            }
        }
        return r;
    }

    private Workshop lock(UUID workshopId) {
        return workshops.lock(workshopId).orElseThrow(() -> ProblemException.notFound("Workshop", workshopId));
    }

    private static void requireOpen(Workshop w, Mode mode) {
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
        requireOffered(w, mode);
    }

    private static void requireOffered(Workshop w, Mode mode) {
        boolean offered = switch (w.format) {
            case ON_SITE -> mode == Mode.ON_SITE;
            case ONLINE -> mode == Mode.ONLINE;
            case HYBRID -> true;
        } && w.capacity(mode) > 0;
        if (!offered) {
            throw ProblemException.invalid("mode", "this workshop offers no " + mode + " places");
        }
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
