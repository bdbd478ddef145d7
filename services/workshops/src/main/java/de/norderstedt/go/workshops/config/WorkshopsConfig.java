package de.norderstedt.go.workshops.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The workshops service's own settings, {@code go.workshops.*}. */
@ConfigMapping(prefix = "go.workshops")
public interface WorkshopsConfig {

    /**
     * How long after the end of an event a guest's link still works (their view, data export and
     * cancellation): {@code go.workshops.guest-link-valid-after-end}.
     */
    @WithDefault("P7D")
    Duration guestLinkValidAfterEnd();
}
