package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.config.ParticipantsConfig;
import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.messaging.ParticipantMailer;
import de.norderstedt.go.participants.model.Consent;
import de.norderstedt.go.participants.model.EmailVerification;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.model.VerificationPurpose;
import de.norderstedt.go.participants.repository.ConsentRepository;
import de.norderstedt.go.participants.repository.EmailVerificationRepository;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.mail.MailBounced;
import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Confirmed addresses. An address someone gives becomes theirs only when its mailbox's owner opens
 * the link sent to it (or the programme team confirms it after direct contact). Whether an address
 * is taken is never told to whoever typed it: the answer is the same, and only the mail differs
 * (a link for a free address, a note without a link to the owner of a taken one).
 *
 * <p>A new registration confirming the address of a record the programme team entered for someone
 * without an account claims that record: the record gets the account, the self-given profile
 * replaces what staff had typed (the person now speaks for themselves; registration channel and
 * date stay), consents given meanwhile move over, and the new, never announced registration is deleted.
 */
@ApplicationScoped
public class EmailVerificationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ParticipantRepository participants;
    private final EmailVerificationRepository verifications;
    private final ConsentRepository consentRecords;
    private final ConsentService consents;
    private final ParticipantLookup lookup;
    private final ParticipantEventPublisher events;
    private final ParticipantMailer mailer;
    private final ParticipantsConfig config;

    public EmailVerificationService(ParticipantRepository participants, EmailVerificationRepository verifications,
                                    ConsentRepository consentRecords, ConsentService consents, ParticipantLookup lookup,
                                    ParticipantEventPublisher events, ParticipantMailer mailer, ParticipantsConfig config) {
        this.participants = participants;
        this.verifications = verifications;
        this.consentRecords = consentRecords;
        this.consents = consents;
        this.lookup = lookup;
        this.events = events;
        this.mailer = mailer;
        this.config = config;
    }

    /**
     * {@code address} was given for {@code p} (and is now its pending address): the mailbox hears of
     * it. Free, or held by a staff record without an account: the link that confirms it. Held by
     * someone with an account: a note to them, without a link. Earlier links of {@code p} stop working.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offer(Participant p, String address, VerificationPurpose purpose) {
        verifications.deleteOfParticipant(p.id);
        Optional<Participant> holder = participants.findByEmail(address).filter(h -> !h.id.equals(p.id));
        if (holder.isPresent() && holder.get().subject != null) {
            mailer.addressInUse(address);
            return;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Timestamps.now();
        EmailVerification v = new EmailVerification();
        v.tokenHash = hash(token);
        v.participantId = p.id;
        v.address = address;
        v.purpose = purpose;
        v.createdAt = now;
        v.expiresAt = now.plus(config.verificationValidFor());
        verifications.persist(v);
        mailer.verifyAddress(address, token, v.expiresAt);
    }

    /**
     * The owner of the mailbox opened the link: the pending address becomes the person's (or, for a
     * new registration, the staff record holding it is claimed). 404 for a token that is unknown,
     * used, replaced or expired; 409 if someone else confirmed the address meanwhile.
     */
    @Transactional
    public Participant verify(String token) {
        ProblemException unknown = new ProblemException(ProblemType.NOT_FOUND,
                "This confirmation link is unknown, was used already, or has expired");
        EmailVerification v = verifications.findByIdOptional(hash(token))
                .filter(found -> found.expiresAt.isAfter(Timestamps.now()))
                .orElseThrow(() -> unknown);
        Participant p = participants.findByIdOptional(v.participantId)
                .filter(found -> found.status != ParticipantStatus.ERASED && v.address.equals(found.pendingEmail))
                .orElseThrow(() -> unknown);
        return confirm(p, v.address, RegistrationService.SELF);
    }

    /**
     * The programme team confirms the person's address after direct contact: the pending one, or
     * the confirmed one again (which also clears a bounce). 409 when there is no address to confirm.
     */
    @Transactional
    public Participant confirmByStaff(UUID id, String staffSubject) {
        Participant p = lookup.writable(id);
        if (p.pendingEmail != null) {
            return confirm(p, p.pendingEmail, staffSubject);
        }
        if (p.email == null) {
            throw ProblemException.conflict("This participant has no address to confirm");
        }
        Instant now = Timestamps.now();
        boolean announced = p.emailVerifiedAt != null;
        p.emailVerifiedAt = now;
        p.emailVerifiedBy = staffSubject;
        p.emailBouncedAt = null;
        p.updatedAt = now;
        if (!announced) {
            announce(p, now);
        }
        return p;
    }

    /**
     * Staff set the address of an existing record themselves (correcting it on the person's behalf):
     * it counts as confirmed by them. 409 if another participant holds it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setByStaff(Participant p, String address, String staffSubject) {
        if (address.equals(p.email)) {
            return;
        }
        if (participants.emailTaken(address, p.id)) {
            throw ProblemException.conflict("A participant with this e-mail address is registered already");
        }
        Instant now = Timestamps.now();
        boolean announced = p.emailVerifiedAt != null;
        if (address.equals(p.pendingEmail)) {
            p.pendingEmail = null;
            verifications.deleteOfParticipant(p.id);
        }
        p.email = address;
        p.emailVerifiedAt = now;
        p.emailVerifiedBy = staffSubject;
        p.emailBouncedAt = null;
        participants.flush();
        if (!announced) {
            announce(p, now);
        }
    }

    /** The SMTP server refused an address for good: the participant holding it is marked (staff see it). */
    @Transactional
    public void bounced(@Observes MailBounced bounced) {
        if (bounced == null || bounced.address() == null) {
            return;
        }
        participants.findByEmail(bounced.address().strip().toLowerCase(Locale.ROOT))
                .filter(p -> p.emailBouncedAt == null)
                .ifPresent(p -> p.emailBouncedAt = Timestamps.now());
    }

    private Participant confirm(Participant p, String address, String verifiedBy) {
        Instant now = Timestamps.now();
        verifications.deleteOfParticipant(p.id);
        Optional<Participant> holder = participants.findByEmail(address).filter(h -> !h.id.equals(p.id));
        if (holder.isPresent()) {
            Participant h = holder.get();
            if (h.subject != null) {
                throw ProblemException.conflict("This address belongs to another registration now");
            }
            if (p.emailVerifiedAt != null || p.subject == null) {
                // Two established records: merging them is the programme team's decision, not a link's.
                throw ProblemException.conflict("This address belongs to a registration the programme team keeps; please contact them");
            }
            return claim(h, p, verifiedBy, now);
        }
        boolean announced = p.emailVerifiedAt != null;
        p.email = address;
        p.pendingEmail = null;
        p.emailVerifiedAt = now;
        p.emailVerifiedBy = verifiedBy;
        p.emailBouncedAt = null;
        p.updatedAt = now;
        // Flush now so that a concurrent confirmation of the same address fails here as a 409, not at commit.
        participants.flush();
        if (!announced) {
            announce(p, now);
        }
        return p;
    }

    /**
     * The new registration {@code fresh} confirmed the address of {@code record}, entered by staff
     * for someone without an account: the record becomes the account's, {@code fresh} is deleted.
     */
    private Participant claim(Participant record, Participant fresh, String verifiedBy, Instant now) {
        var before = ParticipantEventPublisher.publicProfile(record);
        String subject = fresh.subject;
        UUID freshId = fresh.id;
        List<Consent> given = consentRecords.ofParticipant(freshId);
        Integer accepted = max(record.acceptedCodeVersion, fresh.acceptedCodeVersion);

        record.displayName = fresh.displayName;
        record.displayNamePublic = fresh.displayNamePublic;
        record.phone = fresh.phone;
        record.type = fresh.type;
        record.organisationName = fresh.organisationName;
        record.district = fresh.district;
        record.ageGroup = fresh.ageGroup;
        record.motivation = fresh.motivation;
        record.background = fresh.background;
        Set<ActionField> interests = new HashSet<>(fresh.interests);
        record.interests.clear();
        record.interests.addAll(interests);

        consentRecords.moveTo(freshId, record.id);
        participants.delete(fresh);
        participants.flush();
        events.discarded(freshId, now);

        record.subject = subject;
        record.acceptedCodeVersion = accepted;
        record.pendingEmail = null;
        record.emailVerifiedAt = now;
        record.emailVerifiedBy = verifiedBy;
        record.emailBouncedAt = null;
        record.updatedAt = now;
        participants.flush();
        for (Consent c : given) {
            events.consentAccepted(record, c.codeVersion, c.acceptedAt);
        }
        if (!before.equals(ParticipantEventPublisher.publicProfile(record))) {
            events.profileChanged(record);
        }
        consents.activateIfAgreed(record, now);
        return record;
    }

    /**
     * The first confirmed address: the registration is announced, with the consents given before
     * (in their order), and becomes ACTIVE if it accepted the code in force.
     */
    private void announce(Participant p, Instant now) {
        events.registered(p);
        for (Consent c : consentRecords.ofParticipant(p.id)) {
            events.consentAccepted(p, c.codeVersion, c.acceptedAt);
        }
        consents.activateIfAgreed(p, now);
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    /** What is stored of a token: its SHA-256, so that the database holds no working link. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
