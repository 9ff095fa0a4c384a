package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.committeeacademy.shared.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String EMAIL = "member@example.org";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(10, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void locksAfterTenFailuresWithinFifteenMinutes() {
        fail(9);
        assertFalse(throttle.isLocked(EMAIL));

        fail(1);
        assertTrue(throttle.isLocked(EMAIL));
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        fail(10);
        clock.advance(Duration.ofMinutes(14));
        assertTrue(throttle.isLocked(EMAIL));

        clock.advance(Duration.ofMinutes(1));
        assertFalse(throttle.isLocked(EMAIL));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        fail(9);
        clock.advance(Duration.ofMinutes(16));
        fail(9);

        assertFalse(throttle.isLocked(EMAIL));
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        fail(9);
        throttle.recordSuccess(EMAIL);
        fail(9);

        assertFalse(throttle.isLocked(EMAIL));
    }

    @Test
    void countsPerAddressSoOtherPeopleAreNotLockedOut() {
        fail(10);

        assertFalse(throttle.isLocked("someone.else@example.org"));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(EMAIL);
            clock.advance(Duration.ofSeconds(5));
        }
    }
}
