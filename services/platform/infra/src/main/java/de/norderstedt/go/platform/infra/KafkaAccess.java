package de.norderstedt.go.platform.infra;

import java.util.List;
import java.util.Optional;

/**
 * Who may do what on the broker: one principal per service, which writes only its own topic and
 * reads only the topics it projects, with consumer groups under its own prefix; read-only
 * principals for integrators and for the build's personal-data scan. The local broker and the
 * tests provision exactly this table; {@code deploy/k8s/infrastructure/kafka-users.yaml} states the
 * same for Strimzi, and the render test compares the two.
 */
public final class KafkaAccess {

    public static final String PARTICIPANTS_TOPIC = "go.participants.v1";
    public static final String IDEAS_TOPIC = "go.ideas.v1";
    public static final String WORKSHOPS_TOPIC = "go.workshops.v1";
    public static final String ROADMAP_TOPIC = "go.roadmap.v1";

    public static final List<String> TOPICS = List.of(PARTICIPANTS_TOPIC, IDEAS_TOPIC, WORKSHOPS_TOPIC, ROADMAP_TOPIC);

    /** The broker's own super user; only the broker and the provisioning use it, never a service. */
    public static final String ADMIN = "admin";

    /** A principal's grants. {@code groupPrefix}: consumer groups it may use (prefixed ACL). */
    public record Principal(String name, List<String> writes, List<String> reads, String groupPrefix) {
    }

    public static final List<Principal> PRINCIPALS = List.of(
            new Principal("participants", List.of(PARTICIPANTS_TOPIC), List.of(), "participants-"),
            new Principal("ideas", List.of(IDEAS_TOPIC), List.of(PARTICIPANTS_TOPIC, ROADMAP_TOPIC), "ideas-"),
            new Principal("workshops", List.of(WORKSHOPS_TOPIC), List.of(PARTICIPANTS_TOPIC, IDEAS_TOPIC), "workshops-"),
            new Principal("roadmap", List.of(ROADMAP_TOPIC), List.of(PARTICIPANTS_TOPIC, IDEAS_TOPIC), "roadmap-"),
            // An integrator of the city (open-data portal, newsletter): reads what is public, writes nothing.
            new Principal("integrator", List.of(), List.of(IDEAS_TOPIC, ROADMAP_TOPIC, WORKSHOPS_TOPIC), "integrator-"),
            // The build's personal-data scan reads every topic and writes nothing.
            new Principal("auditor", List.of(), TOPICS, "auditor-"));

    public static Optional<Principal> principal(String name) {
        return PRINCIPALS.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The principal that owns (alone writes) {@code topic}. */
    public static Principal owner(String topic) {
        return PRINCIPALS.stream().filter(p -> p.writes().contains(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no owner for topic " + topic));
    }

    private KafkaAccess() {
    }
}
