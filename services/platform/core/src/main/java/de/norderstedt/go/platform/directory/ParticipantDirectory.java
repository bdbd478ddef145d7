package de.norderstedt.go.platform.directory;

import de.norderstedt.go.platform.repository.SqlArrays;
import de.norderstedt.go.platform.consuming.EventHandlers;
import de.norderstedt.go.platform.consuming.TopicConsumers;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import de.norderstedt.go.platform.security.ProgrammeRoleSource;
import de.norderstedt.go.platform.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.arc.DefaultBean;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is who, for a service other than participants: a projection of {@code go.participants.v1}
 * (status, public display name, granted roles, erasure), and the participant id of a token's
 * subject — asked of participants once, on that person's first call, over its internal lookup
 * with this service's own token ({@link ParticipantsClient}), and kept. No personal data crosses:
 * the lookup answers id, status, public name and roles only. Also the service's
 * {@link ProgrammeRoleSource}: an active participant is an ambassador.
 */
@ApplicationScoped
@DefaultBean
public class ParticipantDirectory implements ProgrammeRoleSource {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ParticipantDirectory.class);

    private final EntityManager entityManager;
    private final DirectoryConfig config;
    private final TopicConsumers consumers;
    private final Event<ParticipantErased> erased;
    private final ParticipantsClient participants;
    private final Instance<DirectoryCache> cache;

    public ParticipantDirectory(EntityManager entityManager, DirectoryConfig config, TopicConsumers consumers,
                                Event<ParticipantErased> erased, ParticipantsClient participants, Instance<DirectoryCache> cache) {
        this.entityManager = entityManager;
        this.config = config;
        this.consumers = consumers;
        this.erased = erased;
        this.participants = participants;
        this.cache = cache;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            consumers.start(Topics.PARTICIPANTS, config.consumerGroup() + "-participant-directory", EventHandlers.create()
                    .on(ParticipantEvents.REGISTERED, e -> profile(e.participant()))
                    .on(ParticipantEvents.PROFILE_CHANGED, e -> profile(e.participant()))
                    .on(ParticipantEvents.ACTIVATED, e -> status(e.participantId(), "ACTIVE"))
                    .on(ParticipantEvents.DEACTIVATED, e -> status(e.participantId(), required(e.status(), "status")))
                    .on(ParticipantEvents.ROLE_CHANGED, e -> roles(e.participantId(), e.roles()))
                    .on(ParticipantEvents.ERASED, e -> erase(e.participantId())));
        }
    }

    /** A participant as this service knows them. */
    public record Ref(UUID participantId, String status, String displayName, Set<String> roles) {
        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Ref> find(UUID participantId) {
        List<?> rows = entityManager.createNativeQuery(
                        "select participant_id, status, display_name, roles from participant_ref where participant_id = ?1")
                .setParameter(1, participantId).getResultList();
        return rows.stream().findFirst().map(r -> toRef((Object[]) r));
    }

    /** The public display name, or null when the person does not show it or was erased. */
    public String publicName(UUID participantId) {
        return participantId == null ? null : find(participantId).map(Ref::displayName).orElse(null);
    }

    /** Public display names of many participants at once (absent: hidden, erased or unknown); a mutable map, null keys allowed in get. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<UUID, String> publicNames(Collection<UUID> participantIds) {
        List<UUID> ids = participantIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select participant_id, display_name from participant_ref where participant_id in (:ids) and display_name is not null")
                .setParameter("ids", ids).getResultList();
        rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }

    /** {@link #requireActive(String, String)} for the current caller. */
    public Ref requireActive(de.norderstedt.go.platform.security.CurrentUser user) {
        return requireActive(user.subject(), user.rawToken());
    }

    /**
     * The caller's participant record; asks participants on the first call of this subject.
     * 403 unless the caller is a registered, active ambassador.
     */
    public Ref requireActive(String subject, String bearerToken) {
        Ref ref = bySubject(subject, bearerToken).orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Register as an ambassador first (POST /api/participants/me)"));
        if (!ref.active()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only active ambassadors may do this; accept the current code of cooperation first");
        }
        return ref;
    }

    /**
     * The participant behind {@code subject}; asks participants on the first call of this subject
     * (when {@code bearerToken} is present, i.e. the person is calling right now). Read once per request.
     */
    public Optional<Ref> bySubject(String subject, String bearerToken) {
        DirectoryCache requestCache = Arc.container().requestContext().isActive() ? cache.get() : null;
        Optional<Ref> cached = requestCache == null ? null : requestCache.get(subject);
        if (cached != null) {
            return cached;
        }
        Optional<Ref> known = QuarkusTransaction.joiningExisting().call(() -> entityManager.createNativeQuery(
                        "select participant_id, status, display_name, roles from participant_ref where subject = ?1")
                .setParameter(1, subject).getResultList().stream().findFirst().map(r -> toRef((Object[]) r)));
        if (known.isEmpty() && bearerToken != null) {
            known = lookUp(subject);
        }
        if (requestCache != null) {
            requestCache.put(subject, known);
        }
        return known;
    }

    /**
     * Roles from the directory. When participants cannot be asked right now, the caller keeps the
     * roles of their token: staff can work while participants is down; a first-time ambassador
     * is asked again on their next request.
     */
    @Override
    public Set<String> rolesOf(String subject, String bearerToken) {
        Optional<Ref> ref;
        try {
            ref = bySubject(subject, bearerToken);
        } catch (ProblemException e) {
            LOG.warnf("programme roles of a caller unknown for now: %s", e.getMessage());
            return Set.of();
        }
        return ref.map(r -> {
            // Granted roles count while the person is not paused (INACTIVE) or erased.
            Set<String> roles = "INACTIVE".equals(r.status()) || "ERASED".equals(r.status()) ? new HashSet<>() : new HashSet<>(r.roles());
            if (r.active()) {
                roles.add(Roles.AMBASSADOR);
            }
            return roles;
        }).orElse(Set.of());
    }

    private Optional<Ref> lookUp(String subject) {
        Optional<DirectoryEntry> entry;
        try {
            entry = participants.bySubject(subject);
        } catch (RuntimeException e) {
            LOG.debugf("participants lookup failed: %s", e.toString());
            throw new ProblemException(ProblemType.UNAVAILABLE, "The participants service cannot be asked right now; try again shortly");
        }
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        DirectoryEntry me = entry.get();
        if (me.participantId() == null || me.status() == null) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The participants service answered something unexpected");
        }
        UUID id = me.participantId();
        Set<String> roles = me.roles() == null ? Set.of() : Set.copyOf(me.roles());
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update participant_ref set subject = null where subject = ?1 and participant_id <> ?2")
                    .setParameter(1, subject).setParameter(2, id).executeUpdate();
            ensure(id);
            update(id, "status = ?2, display_name = ?3", me.status(), me.displayName());
            update(id, "roles = cast(?2 as text[])", SqlArrays.literal(roles), null);
            update(id, "subject = ?2", subject, null);
        });
        return Optional.of(new Ref(id, me.status(), me.displayName(), roles));
    }

    private void profile(ParticipantEvents.PublicProfile p) {
        UUID id = required(p.participantId(), "participant.participantId");
        ensure(id);
        update(id, "status = ?2, display_name = ?3", required(p.status(), "participant.status"),
                p.displayNamePublic() ? p.displayName() : null);
    }

    private void status(UUID participantId, String status) {
        UUID id = required(participantId, "participantId");
        ensure(id);
        update(id, "status = ?2", status, null);
    }

    private void roles(UUID participantId, Collection<String> roles) {
        UUID id = required(participantId, "participantId");
        ensure(id);
        update(id, "roles = cast(?2 as text[])", SqlArrays.literal(new HashSet<>(required(roles, "roles"))), null);
    }

    private void erase(UUID participantId) {
        UUID id = required(participantId, "participantId");
        ensure(id);
        String subject = (String) entityManager.createNativeQuery("select subject from participant_ref where participant_id = ?1")
                .setParameter(1, id).getSingleResult();
        update(id, "status = ?2, subject = null, display_name = null, roles = '{}'", "ERASED", null);
        erased.fire(new ParticipantErased(id, subject, UUID.randomUUID()));
    }

    /** An event without a field its effect needs cannot be applied: it goes to the dead letters. */
    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("event without " + field);
        }
        return value;
    }

    private void ensure(UUID id) {
        entityManager.createNativeQuery("""
                        insert into participant_ref (participant_id, status, updated_at) values (?1, 'PENDING', now())
                        on conflict (participant_id) do nothing""")
                .setParameter(1, id).executeUpdate();
    }

    /** {@code set} uses ?2 and ?3 for the two values (a null third value when unused). */
    private void update(UUID id, String set, String second, String third) {
        var query = entityManager.createNativeQuery(
                        "update participant_ref set " + set + ", updated_at = now() where participant_id = ?1")
                .setParameter(1, id).setParameter(2, second);
        if (set.contains("?3")) {
            query.setParameter(3, third);
        }
        query.executeUpdate();
    }

    private static Ref toRef(Object[] row) {
        Set<String> roles = new HashSet<>(SqlArrays.strings(row[3]));
        return new Ref((UUID) row[0], (String) row[1], (String) row[2], roles);
    }
}
