package de.norderstedt.go.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of every event on every topic: CloudEvents 1.0, structured JSON mode.
 * {@code id} is unique per event and is what consumers deduplicate on; {@code subject} is the
 * aggregate id and also the Kafka record key, so events of one aggregate stay in order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static CloudEvent of(String source, String type, String subject, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID(), source, type, subject, de.norderstedt.go.platform.model.Timestamps.now(), JSON, data);
    }
}
