package de.norderstedt.go.platform.events;

/**
 * One kind of event: its CloudEvents {@code type}, its topic and the record that is its
 * {@code data} schema. Producer and consumers use the same constant, so there is one schema per
 * type, in one place (and in docs/events/asyncapi.yaml).
 */
public record EventType<T>(String type, String topic, String aggregateType, Class<T> dataClass) {

    private static final String PREFIX = "de.norderstedt.go.";

    /** {@code of("participant", "registered", 1, ...)} is {@code de.norderstedt.go.participant.registered.v1}. */
    public static <T> EventType<T> of(String topic, String aggregateType, String action, int version, Class<T> dataClass) {
        return new EventType<>(PREFIX + aggregateType + "." + action + ".v" + version, topic, aggregateType, dataClass);
    }
}
