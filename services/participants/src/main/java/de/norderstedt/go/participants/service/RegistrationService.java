package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.model.RegistrationChannel;
import de.norderstedt.go.participants.model.VerificationPurpose;
import de.norderstedt.go.participants.repository.EmailVerificationRepository;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Registration of participants and the profile they keep: by themselves or entered by staff. A
 * self-given address is pending until its mailbox's owner confirms it ({@link EmailVerificationService});
 * whether it is taken is never told to the caller.
 */
@ApplicationScoped
public class RegistrationService {

    /** Who registered or consented when the person did it themselves (else the staff member's subject). */
    public static final String SELF = "self";

    private final ParticipantRepository participants;
    private final ParticipantLookup lookup;
    private final EmailVerificationService verification;
    private final EmailVerificationRepository verifications;
    private final ParticipantEventPublisher events;

    public RegistrationService(ParticipantRepository participants, ParticipantLookup lookup, EmailVerificationService verification,
                               EmailVerificationRepository verifications, ParticipantEventPublisher events) {
        this.participants = participants;
        this.lookup = lookup;
        this.verification = verification;
        this.verifications = verifications;
        this.events = events;
    }

    /**
     * A person registers with their own account ({@code subject}). The given address is pending: a
     * mail to it carries the link that confirms it (or, if it belongs to another account, tells its
     * owner). The answer is the same either way. Announced ({@code registered}) once the address is
     * confirmed. 409 only if this account is registered already.
     */
    @Transactional
    public Participant registerSelf(ParticipantDetails details, String subject) {
        if (participants.findBySubject(subject).isPresent()) {
            throw ProblemException.conflict("This account is registered already; see /api/participants/me");
        }
        Participant p = newParticipant(details, subject, SELF, RegistrationChannel.WEBSITE);
        p.pendingEmail = normalizeEmail(details.email());
        participants.persist(p);
        // Flush now so that a concurrent registration of the same account fails here as a 409, not at commit.
        participants.flush();
        verification.offer(p, p.pendingEmail, VerificationPurpose.REGISTRATION);
        return p;
    }

    /**
     * Staff enter someone who came by direct contact and has no account: the address they were
     * given counts as confirmed by the staff member. 409 if another participant holds it.
     */
    @Transactional
    public Participant registerByStaff(ParticipantDetails details, String staffSubject) {
        String email = normalizeEmail(details.email());
        if (participants.emailTaken(email, null)) {
            throw ProblemException.conflict("A participant with this e-mail address is registered already");
        }
        Participant p = newParticipant(details, null, staffSubject, RegistrationChannel.DIRECT_CONTACT);
        p.email = email;
        p.emailVerifiedAt = p.registeredAt;
        p.emailVerifiedBy = staffSubject;
        participants.persist(p);
        // Flush now so that a concurrent registration with the same e-mail fails here as a 409, not at commit.
        participants.flush();
        events.registered(p);
        return p;
    }

    /**
     * The person replaces their profile. A new address becomes pending and is offered to its mailbox
     * as on registration (the answer the same whether it is taken or not); the confirmed one stays
     * until the new one is confirmed. Giving the confirmed address again withdraws a pending change.
     * The public profile's change is announced only if what others see changed.
     */
    @Transactional
    public Participant updateOwn(UUID id, ParticipantDetails details) {
        Participant p = lookup.writable(id);
        String email = normalizeEmail(details.email());
        var before = ParticipantEventPublisher.publicProfile(p);
        applyProfile(p, details);
        p.updatedAt = Timestamps.now();
        if (email.equals(p.email)) {
            if (p.pendingEmail != null) {
                p.pendingEmail = null;
                verifications.deleteOfParticipant(p.id);
            }
        } else if (!email.equals(p.pendingEmail)) {
            p.pendingEmail = email;
            verification.offer(p, email, p.email == null ? VerificationPurpose.REGISTRATION : VerificationPurpose.ADDRESS_CHANGE);
        }
        participants.flush();
        announceProfileChange(p, before);
        return p;
    }

    /**
     * Staff correct a registration on the person's behalf; an address they set counts as confirmed
     * by them (409 if another participant holds it).
     */
    @Transactional
    public Participant updateByStaff(UUID id, ParticipantDetails details, String staffSubject) {
        Participant p = lookup.writable(id);
        var before = ParticipantEventPublisher.publicProfile(p);
        boolean announced = p.emailVerifiedAt != null;
        applyProfile(p, details);
        p.updatedAt = Timestamps.now();
        // A first confirmed address announces the registration with its profile as it is now.
        verification.setByStaff(p, normalizeEmail(details.email()), staffSubject);
        participants.flush();
        if (announced) {
            announceProfileChange(p, before);
        }
        return p;
    }

    /** Only an announced registration (confirmed address) tells of its profile changes. */
    private void announceProfileChange(Participant p, ParticipantEvents.PublicProfile before) {
        if (p.emailVerifiedAt != null && !before.equals(ParticipantEventPublisher.publicProfile(p))) {
            events.profileChanged(p);
        }
    }

    private static Participant newParticipant(ParticipantDetails details, String subject, String registeredBy,
                                              RegistrationChannel defaultChannel) {
        Instant now = Timestamps.now();
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.subject = subject;
        p.status = ParticipantStatus.PENDING;
        applyProfile(p, details);
        p.registrationChannel = Optional.ofNullable(details.registrationChannel()).orElse(defaultChannel);
        p.registeredBy = registeredBy;
        p.registeredAt = now;
        p.updatedAt = now;
        return p;
    }

    /** Everything of the profile but the address, which has its own rules. */
    private static void applyProfile(Participant p, ParticipantDetails d) {
        p.displayName = d.displayName().strip();
        p.phone = Texts.blankToNull(d.phone());
        p.type = d.type();
        p.organisationName = Texts.blankToNull(d.organisationName());
        p.district = d.district();
        p.ageGroup = d.ageGroup();
        p.motivation = Texts.blankToNull(d.motivation());
        p.background = Texts.blankToNull(d.background());
        p.interests.clear();
        if (d.interests() != null) {
            p.interests.addAll(d.interests());
        }
        p.displayNamePublic = Boolean.TRUE.equals(d.displayNamePublic());
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
