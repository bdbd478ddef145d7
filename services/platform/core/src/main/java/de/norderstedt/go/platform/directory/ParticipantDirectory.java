package de.norderstedt.go.platform.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.consuming.TopicConsumers;
import de.norderstedt.go.platform.events.CloudEvent;
import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.problem.ProblemType;
import de.norderstedt.go.platform.security.ProgrammeRoleSource;
import de.norderstedt.go.platform.security.Roles;
import io.quarkus.arc.DefaultBean;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is who, for a service other than participants: a projection of {@code go.participants.v1}
 * (status, public display name, granted roles, erasure), and the participant id of a token's
 * subject — asked of participants once, on that person's first call, with their own token, and
 * kept. Also the service's {@link ProgrammeRoleSource}: an active participant is an ambassador.
 */
@ApplicationScoped
@DefaultBean
public class ParticipantDirectory implements ProgrammeRoleSource {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ParticipantDirectory.class);

    private final EntityManager entityManager;
    private final DirectoryConfig config;
    private final TopicConsumers consumers;
    private final ObjectMapper json;
    private final Event<ParticipantErased> erased;
    private final HttpClient http = HttpClient.newHttpClient();

    public ParticipantDirectory(EntityManager entityManager, DirectoryConfig config, TopicConsumers consumers,
                                ObjectMapper json, Event<ParticipantErased> erased) {
        this.entityManager = entityManager;
        this.config = config;
        this.consumers = consumers;
        this.json = json;
        this.erased = erased;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            consumers.start(Topics.PARTICIPANTS, config.consumerGroup() + "-participant-directory", this::apply);
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
    public Map<UUID, String> publicNames(java.util.Collection<UUID> participantIds) {
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

    public Optional<Ref> bySubject(String subject, String bearerToken) {
        Optional<Ref> known = QuarkusTransaction.joiningExisting().call(() -> entityManager.createNativeQuery(
                        "select participant_id, status, display_name, roles from participant_ref where subject = ?1")
                .setParameter(1, subject).getResultList().stream().findFirst().map(r -> toRef((Object[]) r)));
        if (known.isPresent() || bearerToken == null) {
            return known;
        }
        return lookUp(subject, bearerToken);
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
            Set<String> roles = new HashSet<>(r.roles());
            if (r.active()) {
                roles.add(Roles.AMBASSADOR);
            }
            return roles;
        }).orElse(Set.of());
    }

    private Optional<Ref> lookUp(String subject, String bearerToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.participantsUrl() + "/api/participants/me"))
                .header("Authorization", "Bearer " + bearerToken).header("Accept", "application/json")
                .timeout(config.lookupTimeout()).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The participants service cannot be reached; try again shortly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.UNAVAILABLE, "Interrupted");
        }
        if (response.statusCode() == 404 || response.statusCode() == 401) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The participants service answered " + response.statusCode());
        }
        try {
            JsonNode me = json.readTree(response.body());
            UUID id = UUID.fromString(me.path("id").asText());
            String status = me.path("status").asText();
            String name = me.path("displayNamePublic").asBoolean() ? me.path("displayName").asText(null) : null;
            Set<String> roles = new HashSet<>();
            me.path("roles").forEach(r -> roles.add(r.asText()));
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("update participant_ref set subject = null where subject = ?1 and participant_id <> ?2")
                        .setParameter(1, subject).setParameter(2, id).executeUpdate();
                ensure(id);
                update(id, "status = ?2, display_name = ?3", status, name);
                update(id, "roles = cast(?2 as text[])", toArray(roles), null);
                update(id, "subject = ?2", subject, null);
            });
            return Optional.of(new Ref(id, status, name, roles));
        } catch (IOException | IllegalArgumentException e) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The participants service answered something unexpected");
        }
    }

    /** Applies one participant event; runs in the consumer's transaction. */
    void apply(CloudEvent event) {
        JsonNode data = event.data();
        String type = event.type();
        if (type.equals(ParticipantEvents.REGISTERED.type()) || type.equals(ParticipantEvents.PROFILE_CHANGED.type())) {
            JsonNode p = data.path("participant");
            UUID id = UUID.fromString(p.path("participantId").asText());
            ensure(id);
            update(id, "status = ?2, display_name = ?3", p.path("status").asText(), textOrNull(p.path("displayName")));
        } else if (type.equals(ParticipantEvents.ACTIVATED.type())) {
            UUID id = UUID.fromString(data.path("participantId").asText());
            ensure(id);
            update(id, "status = ?2", "ACTIVE", null);
        } else if (type.equals(ParticipantEvents.DEACTIVATED.type())) {
            UUID id = UUID.fromString(data.path("participantId").asText());
            ensure(id);
            update(id, "status = ?2", data.path("status").asText(), null);
        } else if (type.equals(ParticipantEvents.ROLE_CHANGED.type())) {
            UUID id = UUID.fromString(data.path("participantId").asText());
            Set<String> roles = new HashSet<>();
            data.path("roles").forEach(r -> roles.add(r.asText()));
            ensure(id);
            update(id, "roles = cast(?2 as text[])", toArray(roles), null);
        } else if (type.equals(ParticipantEvents.ERASED.type())) {
            UUID id = UUID.fromString(data.path("participantId").asText());
            ensure(id);
            update(id, "status = ?2, subject = null, display_name = null, roles = '{}'", "ERASED", null);
            erased.fire(new ParticipantErased(id));
        }
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

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static String toArray(Set<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v.replace("\"", "") + "\"").toList()) + "}";
    }

    private static Ref toRef(Object[] row) {
        Set<String> roles = new HashSet<>();
        if (row[3] instanceof String[] array) {
            roles.addAll(List.of(array));
        } else if (row[3] instanceof Object[] array) {
            for (Object o : array) {
                roles.add(String.valueOf(o));
            }
        }
        return new Ref((UUID) row[0], (String) row[1], (String) row[2], roles);
    }
}
