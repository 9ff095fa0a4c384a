package org.committeeacademy.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Locks an e-mail address after too many wrong passwords within a window. It counts per address whether an account
 * exists or not, so the lock message never reveals which addresses have accounts. The counts live in a map of strings
 * given by the caller: this process's memory, or the cluster's shared map when several instances serve.
 */
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private record Attempts(Instant windowStart, int failures, Instant lockedUntil) {

        String encoded() {
            return windowStart + " " + failures + " " + (lockedUntil == null ? "-" : lockedUntil);
        }

        static Attempts decoded(String text) {
            if (text == null) {
                return null;
            }
            String[] parts = text.split(" ");
            return new Attempts(
                    Instant.parse(parts[0]),
                    Integer.parseInt(parts[1]),
                    "-".equals(parts[2]) ? null : Instant.parse(parts[2]));
        }
    }

    private final ConcurrentMap<String, String> byEmail;
    private final int maxFailures;
    private final Duration window;
    private final Duration lock;
    private final Clock clock;

    /** A throttle for one process. */
    public LoginThrottle(int maxFailures, Duration window, Duration lock, Clock clock) {
        this(maxFailures, window, lock, clock, new ConcurrentHashMap<>());
    }

    /** A throttle counting in {@code counts} (a cluster's shared map when several instances serve). */
    public LoginThrottle(
            int maxFailures, Duration window, Duration lock, Clock clock, ConcurrentMap<String, String> counts) {
        this.byEmail = counts;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
        this.clock = clock;
    }

    public boolean isLocked(String email) {
        Attempts attempts = Attempts.decoded(byEmail.get(email));
        return attempts != null
                && attempts.lockedUntil() != null
                && clock.instant().isBefore(attempts.lockedUntil());
    }

    public void recordFailure(String email) {
        Instant now = clock.instant();
        if (byEmail.size() >= MAX_TRACKED) {
            forgetExpired(now);
        }
        byEmail.compute(email, (key, text) -> {
            Attempts previous = Attempts.decoded(text);
            if (previous == null || !now.isBefore(previous.windowStart().plus(window))) {
                previous = new Attempts(now, 0, null);
            }
            int failures = previous.failures() + 1;
            Instant lockedUntil = failures >= maxFailures ? now.plus(lock) : previous.lockedUntil();
            return new Attempts(previous.windowStart(), failures, lockedUntil).encoded();
        });
    }

    public void recordSuccess(String email) {
        byEmail.remove(email);
    }

    private void forgetExpired(Instant now) {
        for (Map.Entry<String, String> entry : new ArrayList<>(byEmail.entrySet())) {
            Attempts a = Attempts.decoded(entry.getValue());
            if (!now.isBefore(a.windowStart().plus(window))
                    && (a.lockedUntil() == null || !now.isBefore(a.lockedUntil()))) {
                byEmail.remove(entry.getKey(), entry.getValue());
            }
        }
    }
}
