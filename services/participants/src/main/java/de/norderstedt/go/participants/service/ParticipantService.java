package de.norderstedt.go.participants.service;

import de.norderstedt.go.platform.model.Texts;

import de.norderstedt.go.participants.messaging.ParticipantEventPublisher;
import de.norderstedt.go.participants.model.CodeOfCooperation;
import de.norderstedt.go.participants.model.Consent;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.participants.model.ParticipantStatus;
import de.norderstedt.go.participants.model.RegistrationChannel;
import de.norderstedt.go.participants.model.RoleGrant;
import de.norderstedt.go.participants.repository.CodeOfCooperationRepository;
import de.norderstedt.go.participants.repository.ConsentRepository;
import de.norderstedt.go.participants.repository.ParticipantRepository;
import de.norderstedt.go.participants.rest.DataExport;
import de.norderstedt.go.participants.rest.ParticipantRequest;
import de.norderstedt.go.participants.rest.PrivateProfile;
import de.norderstedt.go.platform.directory.DirectoryEntry;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Registration, profile, consent, status, roles and erasure of participants. */
@ApplicationScoped
public class ParticipantService {

    public static final String SELF = "self";
    public static final String NEW_CODE_OF_COOPERATION = "NEW_CODE_OF_COOPERATION";
    public static final String DEACTIVATED_BY_STAFF = "DEACTIVATED_BY_STAFF";

    private final ParticipantRepository participants;
    private final CodeOfCooperationRepository codes;
    private final ConsentRepository consents;
    private final ParticipantEventPublisher events;
    private final EntityManager entityManager;

    public ParticipantService(ParticipantRepository participants, CodeOfCooperationRepository codes,
                              ConsentRepository consents, ParticipantEventPublisher events, EntityManager entityManager) {
        this.participants = participants;
        this.codes = codes;
        this.consents = consents;
        this.events = events;
        this.entityManager = entityManager;
    }

    /**
     * Registers a participant. {@code subject} is the caller's account for self-service, null when
     * staff enter someone who came by direct contact ({@code registeredBy} is then the staff member).
     */
    @Transactional
    public Participant register(@Valid @NotNull ParticipantRequest request, String subject, String registeredBy) {
        if (subject != null && participants.findBySubject(subject).isPresent()) {
            throw ProblemException.conflict("This account is registered already; see /api/participants/me");
        }
        String email = normalizeEmail(request.email());
        if (participants.emailTaken(email, null)) {
            throw ProblemException.conflict("A participant with this e-mail address is registered already");
        }
        Instant now = now();
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.subject = subject;
        p.status = ParticipantStatus.PENDING;
        apply(p, request);
        p.registrationChannel = Optional.ofNullable(request.registrationChannel())
                .orElse(subject != null ? RegistrationChannel.WEBSITE : RegistrationChannel.DIRECT_CONTACT);
        p.registeredBy = registeredBy;
        p.registeredAt = now;
        p.updatedAt = now;
        participants.persist(p);
        // Flush now so that a concurrent registration with the same e-mail or account fails here
        // as a 409, not later at commit.
        entityManager.flush();
        events.registered(p);
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Participant> findBySubject(String subject) {
        return participants.findBySubject(subject);
    }

    /**
     * What another service may know of the person behind {@code subject} (internal lookup): id,
     * status, public name and granted roles, nothing personal.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DirectoryEntry> directoryEntry(String subject) {
        return participants.findBySubject(subject).map(p -> new DirectoryEntry(p.id, p.status.name(), p.publicDisplayName(),
                p.roles.stream().map(g -> g.role).collect(java.util.stream.Collectors.toSet())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant get(UUID id) {
        return participants.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Participant", id));
    }

    public Participant bySubject(String subject) {
        return findBySubject(subject).orElseThrow(() -> new ProblemException(
                de.norderstedt.go.platform.problem.ProblemType.NOT_FOUND,
                "You are not registered yet; register with POST /api/participants/me"));
    }

    @Transactional
    public Participant update(UUID id, @Valid @NotNull ParticipantRequest request) {
        Participant p = writable(id);
        String email = normalizeEmail(request.email());
        if (participants.emailTaken(email, p.id)) {
            throw ProblemException.conflict("A participant with this e-mail address is registered already");
        }
        var before = ParticipantEventPublisher.publicProfile(p);
        apply(p, request);
        p.updatedAt = now();
        entityManager.flush();
        if (!before.equals(ParticipantEventPublisher.publicProfile(p))) {
            events.profileChanged(p);
        }
        return p;
    }

    /**
     * Records acceptance of the current code of cooperation and activates a pending participant.
     * Accepting an outdated version is a conflict: people must agree to what is in force.
     */
    @Transactional
    public Participant acceptCode(UUID id, int version, String recordedBy) {
        Participant p = writable(id);
        CodeOfCooperation current = codes.current().orElseThrow(() -> ProblemException.conflict("No code of cooperation is published"));
        if (version != current.version) {
            throw ProblemException.conflict("Only the current version " + current.version + " can be accepted",
                    List.of(Integer.toString(current.version)));
        }
        if (p.status == ParticipantStatus.INACTIVE) {
            throw ProblemException.conflict("This participant is inactive; the programme team can reactivate them");
        }
        Instant now = now();
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.participantId = p.id;
        consent.codeVersion = version;
        consent.acceptedAt = now;
        consent.recordedBy = recordedBy;
        consents.persist(consent);
        p.acceptedCodeVersion = version;
        p.updatedAt = now;
        events.consentAccepted(p, version, now);
        if (p.status == ParticipantStatus.PENDING) {
            p.status = ParticipantStatus.ACTIVE;
            events.activated(p, now);
        }
        return p;
    }

    /** Staff pause a participant (INACTIVE) or resume them (back to ACTIVE, or PENDING if the code changed meanwhile). */
    @Transactional
    public Participant changeStatus(UUID id, ParticipantStatus target) {
        Participant p = writable(id);
        if (!EnumSet.of(ParticipantStatus.ACTIVE, ParticipantStatus.INACTIVE).contains(target)) {
            throw ProblemException.invalid("status", "must be ACTIVE or INACTIVE; erasure has its own endpoint");
        }
        if (p.status == target) {
            return p;
        }
        Instant now = now();
        if (target == ParticipantStatus.INACTIVE) {
            boolean wasActive = p.status == ParticipantStatus.ACTIVE;
            p.status = ParticipantStatus.INACTIVE;
            p.updatedAt = now;
            if (wasActive) {
                events.deactivated(p, DEACTIVATED_BY_STAFF, now);
            }
            return p;
        }
        if (p.status == ParticipantStatus.PENDING) {
            throw ProblemException.conflict("A pending participant becomes active by accepting the code of cooperation",
                    List.of(ParticipantStatus.INACTIVE.name()));
        }
        int current = codes.current().map(c -> c.version).orElse(0);
        p.updatedAt = now;
        if (Objects.equals(p.acceptedCodeVersion, current)) {
            p.status = ParticipantStatus.ACTIVE;
            events.activated(p, now);
        } else {
            p.status = ParticipantStatus.PENDING;
        }
        return p;
    }

    /** After a new code of cooperation: every active ambassador must accept again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requireNewConsent(int newVersion) {
        Instant now = now();
        List<Participant> active = participants.active();
        for (Participant p : active) {
            if (!Objects.equals(p.acceptedCodeVersion, newVersion)) {
                p.status = ParticipantStatus.PENDING;
                p.updatedAt = now;
                events.deactivated(p, NEW_CODE_OF_COOPERATION, now);
            }
        }
        return active.size();
    }

    @Transactional
    public Participant grantRole(UUID id, String role, String grantedBy) {
        requireGrantable(role);
        Participant p = writable(id);
        if (p.roles.stream().anyMatch(g -> g.role.equals(role))) {
            return p;
        }
        RoleGrant grant = new RoleGrant();
        grant.participant = p;
        grant.role = role;
        grant.grantedBy = grantedBy;
        grant.grantedAt = now();
        p.roles.add(grant);
        p.updatedAt = grant.grantedAt;
        events.roleChanged(p, role, true, grant.grantedAt);
        return p;
    }

    @Transactional
    public Participant revokeRole(UUID id, String role) {
        requireGrantable(role);
        Participant p = writable(id);
        if (p.roles.removeIf(g -> g.role.equals(role))) {
            p.updatedAt = now();
            events.roleChanged(p, role, false, p.updatedAt);
        }
        return p;
    }

    /**
     * Erases a person: personal data is overwritten irreversibly, the id stays as an anonymous
     * tombstone so that ideas and registrations elsewhere keep a consistent (anonymous) author,
     * and the erased event tells the other services to anonymize what they hold.
     */
    @Transactional
    public void erase(UUID id) {
        Participant p = get(id);
        if (p.status == ParticipantStatus.ERASED) {
            return;
        }
        p.status = ParticipantStatus.ERASED;
        p.subject = null;
        p.displayName = null;
        p.displayNamePublic = false;
        p.email = null;
        p.phone = null;
        p.organisationName = null;
        p.district = null;
        p.ageGroup = null;
        p.motivation = null;
        p.background = null;
        p.interests.clear();
        p.roles.clear();
        p.registeredBy = null;
        p.erasedAt = now();
        p.updatedAt = p.erasedAt;
        // Events already on Kafka stay there until the topic's retention ends (see docs); the
        // copies kept in the outbox for re-publishing are removed now.
        entityManager.createNativeQuery("delete from outbox_event where aggregate_id = ?1 and published_at is not null")
                .setParameter(1, p.id.toString()).executeUpdate();
        events.erased(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DataExport export(UUID id) {
        Participant p = get(id);
        List<DataExport.ConsentEntry> consentEntries = consents.ofParticipant(p.id).stream()
                .map(c -> new DataExport.ConsentEntry(c.codeVersion, c.acceptedAt, !SELF.equals(c.recordedBy)))
                .toList();
        String note = p.status == ParticipantStatus.ERASED
                ? "This account was erased on " + p.erasedAt + "; no personal data is held any more."
                : "All data the participants service holds about you. Ideas, comments and workshop registrations are exported by those services.";
        return new DataExport(now(), PrivateProfile.of(p), consentEntries, note);
    }

    private Participant writable(UUID id) {
        Participant p = get(id);
        if (p.status == ParticipantStatus.ERASED) {
            throw ProblemException.conflict("This participant was erased");
        }
        return p;
    }

    private static void requireGrantable(String role) {
        if (!Roles.GRANTABLE.contains(role)) {
            throw new ProblemException(de.norderstedt.go.platform.problem.ProblemType.VALIDATION,
                    "1 field is not valid", List.of(new de.norderstedt.go.platform.problem.Problem.Violation("role",
                    "must be one of " + String.join(", ", Roles.GRANTABLE))), Roles.GRANTABLE);
        }
    }

    private static void apply(Participant p, ParticipantRequest r) {
        p.displayName = r.displayName().strip();
        p.email = normalizeEmail(r.email());
        p.phone = Texts.blankToNull(r.phone());
        p.type = r.type();
        p.organisationName = Texts.blankToNull(r.organisationName());
        p.district = r.district();
        p.ageGroup = r.ageGroup();
        p.motivation = Texts.blankToNull(r.motivation());
        p.background = Texts.blankToNull(r.background());
        p.interests.clear();
        if (r.interests() != null) {
            p.interests.addAll(r.interests());
        }
        p.displayNamePublic = Boolean.TRUE.equals(r.displayNamePublic());
    }

    private static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }


    static Instant now() {
        return de.norderstedt.go.platform.model.Timestamps.now();
    }
}
