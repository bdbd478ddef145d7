package de.norderstedt.go.participants.config;

import io.smallrye.config.ConfigMapping;

/**
 * The participants service's own settings, {@code go.participants.*}. It has none yet: its
 * configuration is the platform's (e.g. {@code go.outbox.*}) and Quarkus's. A new setting of this
 * service is a method here, with its default as {@code @WithDefault}, injected where it is needed.
 */
@ConfigMapping(prefix = "go.participants")
public interface ParticipantsConfig {
}
