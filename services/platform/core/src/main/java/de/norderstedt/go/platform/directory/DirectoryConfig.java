package de.norderstedt.go.platform.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "go.participant-directory")
public interface DirectoryConfig {

    /** On in services that keep a participant directory (all but participants itself). */
    @WithDefault("false")
    boolean enabled();

    /** Base URL of the participants service, e.g. {@code http://participants:8081}. */
    @WithDefault("http://localhost:8081")
    String participantsUrl();

    /** Consumer group of this service on go.participants.v1, e.g. {@code ideas}. */
    @WithDefault("${quarkus.application.name}")
    String consumerGroup();
}
