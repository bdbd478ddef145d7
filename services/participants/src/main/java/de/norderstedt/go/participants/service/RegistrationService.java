package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.model.RegistrationChannel;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Registration of participants and the profile they keep: by themselves or entered by staff. */
@ApplicationScoped
public class RegistrationService {

    /** Who registered or consented when the person did it themselves (else the staff member's subject). */
    public static final String SELF = "self";

    private final ParticipantRepository participants;
    private final ParticipantLookup lookup;
    private final ParticipantEventPublisher events;

    public RegistrationService(ParticipantRepository participants, ParticipantLookup lookup, ParticipantEventPublisher events) {
        this.participants = participants;
        this.lookup = lookup;
        this.events = events;
    }

    /**
     * Registers a participant. {@code subject} is the caller's account for self-service, null when
     * staff enter someone who came by direct contact ({@code registeredBy} is then the staff member).
     */
    @Transactional
    public Participant register(ParticipantDetails details, String subject, String registeredBy) {
        if (subject != null && participants.findBySubject(subject).isPresent()) {
            throw ProblemException.conflict("This account is registered already; see /api/participants/me");
        }
        String email = normalizeEmail(details.email());
        if (participants.emailTaken(email, null)) {
            throw ProblemException.conflict("A participant with this e-mail address is registered already");
        }
        Instant now = Timestamps.now();
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.subject = subject;
        p.status = ParticipantStatus.PENDING;
        apply(p, details);
        p.registrationChannel = Optional.ofNullable(details.registrationChannel())
                .orElse(subject != null ? RegistrationChannel.WEBSITE : RegistrationChannel.DIRECT_CONTACT);
        p.registeredBy = registeredBy;
        p.registeredAt = now;
        p.updatedAt = now;
        participants.persist(p);
        // Flush now so that a concurrent registration with the same e-mail or account fails here
        // as a 409, not later at commit.
        participants.flush();
        events.registered(p);
        return p;
    }

    /** Replaces the profile; the public profile's change is announced only if what others see changed. */
    @Transactional
    public Participant update(UUID id, ParticipantDetails details) {
        Participant p = lookup.writable(id);
        String email = normalizeEmail(details.email());
        if (participants.emailTaken(email, p.id)) {
            throw ProblemException.conflict("A participant with this e-mail address is registered already");
        }
        var before = ParticipantEventPublisher.publicProfile(p);
        apply(p, details);
        p.updatedAt = Timestamps.now();
        participants.flush();
        if (!before.equals(ParticipantEventPublisher.publicProfile(p))) {
            events.profileChanged(p);
        }
        return p;
    }

    private static void apply(Participant p, ParticipantDetails d) {
        p.displayName = d.displayName().strip();
        p.email = normalizeEmail(d.email());
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

    private static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
