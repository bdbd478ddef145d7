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

    /**
     * How long a guest who has not confirmed their address by the link in the mail holds their
     * place (or their place on the waitlist): {@code go.workshops.guest-verification-grace}. Then the
     * sweeper cancels the registration and the next person waiting moves up.
     */
    @WithDefault("PT30M")
    Duration guestVerificationGrace();

    /**
     * How often the sweeper looks for unconfirmed guests past their time and for the reminders of
     * the day before: {@code go.workshops.sweep-every} (read by the scheduler as a property expression).
     */
    @WithDefault("30s")
    Duration sweepEvery();
}
