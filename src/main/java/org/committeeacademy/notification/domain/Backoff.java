package org.committeeacademy.notification.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * How long the sender waits after a failed attempt: one minute, doubling each time up to six hours, and after
 * {@link #MAX_ATTEMPTS} attempts (about a day in all) it gives up, so an admin sees the failure.
 */
public final class Backoff {

    public static final int MAX_ATTEMPTS = 10;
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(6);

    private Backoff() {}

    /** The pause after the given number of failed attempts, or empty when that was the last one. */
    public static Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("after at least one attempt");
        }
        if (failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        int doublings = Math.min(failedAttempts - 1, 20);
        Duration pause = FIRST.multipliedBy(1L << doublings);
        return Optional.of(pause.compareTo(LONGEST) > 0 ? LONGEST : pause);
    }
}
