package org.committeeacademy.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks an e-mail address after too many wrong passwords within a window. It counts per address whether an account
 * exists or not, so the lock message never reveals which addresses have accounts. Kept in memory: the application runs
 * as one process per database.
 */
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private record Attempts(Instant windowStart, int failures, Instant lockedUntil) {}

    private final Map<String, Attempts> byEmail = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Duration lock;
    private final Clock clock;

    public LoginThrottle(int maxFailures, Duration window, Duration lock, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
        this.clock = clock;
    }

    public boolean isLocked(String email) {
        Attempts attempts = byEmail.get(email);
        return attempts != null
                && attempts.lockedUntil() != null
                && clock.instant().isBefore(attempts.lockedUntil());
    }

    public void recordFailure(String email) {
        Instant now = clock.instant();
        if (byEmail.size() >= MAX_TRACKED) {
            forgetExpired(now);
        }
        byEmail.compute(email, (key, previous) -> {
            if (previous == null || !now.isBefore(previous.windowStart().plus(window))) {
                previous = new Attempts(now, 0, null);
            }
            int failures = previous.failures() + 1;
            Instant lockedUntil = failures >= maxFailures ? now.plus(lock) : previous.lockedUntil();
            return new Attempts(previous.windowStart(), failures, lockedUntil);
        });
    }

    public void recordSuccess(String email) {
        byEmail.remove(email);
    }

    private void forgetExpired(Instant now) {
        byEmail.values()
                .removeIf(a -> !now.isBefore(a.windowStart().plus(window))
                        && (a.lockedUntil() == null || !now.isBefore(a.lockedUntil())));
    }
}
