package de.norderstedt.go.workshops.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every {@code go.workshops.sweep-every} (30 s; 1 s in the tests), in every replica: releases the
 * places of guests who did not confirm their address in time, one workshop per transaction (a
 * workshop another replica or a registration holds is skipped, and taken in a later round), and
 * sends the reminders of the day before, in batches. A round does a bounded amount of work; what
 * is left waits for the next one.
 */
@ApplicationScoped
public class RegistrationSweeper {

    private static final Logger LOG = Logger.getLogger(RegistrationSweeper.class);
    private static final int WORKSHOPS_PER_ROUND = 50;
    private static final int REMINDERS_PER_BATCH = 50;
    private static final int BATCHES_PER_ROUND = 20;

    private final RegistrationService registrations;

    public RegistrationSweeper(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Scheduled(identity = "workshops-registration-sweeper", every = "{go.workshops.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            for (int i = 0; i < WORKSHOPS_PER_ROUND && registrations.releaseOneWorkshopsUnverifiedGuests(); i++) {
                // one workshop per transaction
            }
        } catch (RuntimeException e) {
            LOG.warnf("releasing the places of unconfirmed guests failed; the next round tries again: %s", e.toString());
        }
        try {
            for (int i = 0; i < BATCHES_PER_ROUND && registrations.remindDue(REMINDERS_PER_BATCH) == REMINDERS_PER_BATCH; i++) {
                // one batch per transaction
            }
        } catch (RuntimeException e) {
            LOG.warnf("sending the reminders failed; the next round tries again: %s", e.toString());
        }
    }
}
