package de.norderstedt.go.platform.outbox;

/**
 * An unpublished row of {@code outbox_event}, as the relay sends it: {@code payload} is the
 * CloudEvent JSON, {@code attempts} how often it was handed to Kafka before.
 */
record OutboxRow(long seq, String id, String topic, String aggregateId, String eventType, String payload, int attempts) {

    /** Rows of one aggregate share this key, and keep their order among themselves. */
    String aggregateKey() {
        return topic + '\u0000' + aggregateId;
    }
}
