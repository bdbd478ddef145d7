package de.norderstedt.go.participants.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/**
 * The participants service's own settings, {@code go.participants.*}; the rest of its
 * configuration is the platform's (e.g. {@code go.outbox.*}, {@code go.mail.*}) and Quarkus's. A new
 * setting of this service is a method here, with its default as {@code @WithDefault}, injected
 * where it is needed.
 */
@ConfigMapping(prefix = "go.participants")
public interface ParticipantsConfig {

    /** How long the link that confirms an address works. */
    @WithDefault("P2D")
    Duration verificationValidFor();

    /**
     * The services whose part of a person's data the one export includes, by name, with their base
     * URL: {@code go.participants.export-sources.ideas=http://ideas:8082} makes the section
     * {@code "ideas"} from {@code GET <url>/api/ideas/internal/people/<id>/data}. None: the export
     * holds this service's part only.
     */
    Map<String, String> exportSources();

    /** How long the export waits for each of those services before it gives up (503). */
    @WithDefault("PT3S")
    Duration exportTimeout();
}
