package de.norderstedt.go.platform.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * The pause of a loop that retries after a failure: {@code initial} after the first failure,
 * twice as long after each further one, at most {@code max}, and {@code initial} again once
 * {@link #reset} tells it that a round succeeded. One instance per loop; not thread-safe.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    public Backoff(Duration initial, Duration max) {
        this.initial = Objects.requireNonNull(initial, "initial");
        this.max = Objects.requireNonNull(max, "max");
        this.next = initial;
    }

    /** The pause the next {@link #pause} waits. */
    public Duration current() {
        return next;
    }

    /**
     * Waits {@link #current()}, and doubles the pause after it (at most {@code max}), also when
     * the wait is interrupted.
     */
    public void pause() throws InterruptedException {
        Duration pause = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        Thread.sleep(pause.toMillis());
    }

    /** A round succeeded: the next failure waits {@code initial} again. */
    public void reset() {
        next = initial;
    }
}
