package de.norderstedt.go.platform.events;

import java.util.Map;

/**
 * The topics of the system; each service publishes to its own and only to its own (the broker's
 * ACLs hold it). A consumer trusts an event only if its CloudEvents {@code source} names the
 * topic's owner.
 */
public final class Topics {
    public static final String PARTICIPANTS = "go.participants.v1";
    public static final String IDEAS = "go.ideas.v1";
    public static final String WORKSHOPS = "go.workshops.v1";
    public static final String ROADMAP = "go.roadmap.v1";

    /** The CloudEvents source of every event a service writes: {@code /norderstedt-go/<service>}. */
    public static final String SOURCE_PREFIX = "/norderstedt-go/";

    private static final Map<String, String> OWNERS = Map.of(
            PARTICIPANTS, "participants",
            IDEAS, "ideas",
            WORKSHOPS, "workshops",
            ROADMAP, "roadmap");

    /** The service that owns {@code topic}, e.g. {@code ideas} for go.ideas.v1. */
    public static String owner(String topic) {
        String owner = OWNERS.get(topic);
        if (owner == null) {
            throw new IllegalArgumentException("not a topic of the system: " + topic);
        }
        return owner;
    }

    /** The only {@code source} a consumer accepts on {@code topic}. */
    public static String ownerSource(String topic) {
        return SOURCE_PREFIX + owner(topic);
    }

    private Topics() {
    }
}
