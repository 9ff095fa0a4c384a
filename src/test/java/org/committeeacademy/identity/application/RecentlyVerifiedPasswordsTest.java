package org.committeeacademy.identity.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.committeeacademy.shared.MutableClock;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedPasswordsTest {

    private static final String EMAIL = "member@example.org";

    @Test
    void remembersOnlyTheSamePasswordForTheSameStoredHash() {
        var verified = new RecentlyVerifiedPasswords(Duration.ofMinutes(5), java.time.Clock.systemUTC());
        verified.remember(EMAIL, "hash-1", "secret password");

        assertTrue(verified.matches(EMAIL, "hash-1", "secret password"));
        assertFalse(verified.matches(EMAIL, "hash-1", "other password"));
        assertFalse(verified.matches(EMAIL, "hash-2", "secret password"), "a changed password ends it");
        assertFalse(verified.matches("other@example.org", "hash-1", "secret password"));
    }

    @Test
    void forgetsAfterItsTimeToLive() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        var verified = new RecentlyVerifiedPasswords(Duration.ofMinutes(5), clock);
        verified.remember(EMAIL, "hash", "secret password");

        clock.advance(Duration.ofMinutes(4));
        assertTrue(verified.matches(EMAIL, "hash", "secret password"));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(verified.matches(EMAIL, "hash", "secret password"));
    }
}
