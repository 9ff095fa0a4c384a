package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.committeeacademy.shared.MutableClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String ADMIN = "admin@example.org";
    private static final String ATTACKER = "203.0.113.9";
    private static final String OFFICE = "198.51.100.1";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Rules(
                    Duration.ofMinutes(15),
                    5,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(60),
                    10,
                    Duration.ofMinutes(15),
                    50,
                    Duration.ofSeconds(30),
                    30,
                    5),
            clock);

    @Test
    void theFirstFailuresCostNothingThenTheDelaysDouble() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.waitBefore(ADMIN, ATTACKER).isEmpty(), "try " + (i + 1));
            throttle.failed(ADMIN, ATTACKER);
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore(ADMIN, ATTACKER));
        clock.advance(Duration.ofSeconds(1));
        throttle.failed(ADMIN, ATTACKER);
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitBefore(ADMIN, ATTACKER));
        clock.advance(Duration.ofSeconds(2));
        throttle.failed(ADMIN, ATTACKER);
        assertEquals(Optional.of(Duration.ofSeconds(4)), throttle.waitBefore(ADMIN, ATTACKER));
    }

    @Test
    void afterTheLimitTheClientIsBlockedForThatAccountOnly() {
        failTimes(ADMIN, ATTACKER, 10);
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitBefore(ADMIN, ATTACKER));
        assertTrue(throttle.waitBefore(ADMIN, OFFICE).isEmpty(), "the admin still signs in from the office");
        assertTrue(throttle.waitBefore("someone@example.org", ATTACKER).isEmpty(), "another account from there");
        assertTrue(throttle.isThrottled(ADMIN));

        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.waitBefore(ADMIN, ATTACKER).isEmpty(), "the block ends");
    }

    @Test
    void aRightPasswordForgetsThatClientsFailures() {
        failTimes(ADMIN, OFFICE, 4);
        throttle.succeeded(ADMIN, OFFICE);
        failTimes(ADMIN, OFFICE, 4);
        assertTrue(throttle.waitBefore(ADMIN, OFFICE).isEmpty());
    }

    @Test
    void anAccountUnderAttackFromManyClientsSlowsStrangersButNotItsKnownClient() {
        throttle.succeeded(ADMIN, OFFICE);
        for (int i = 0; i < 50; i++) {
            throttle.failed(ADMIN, "10.0.0." + i);
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.waitBefore(ADMIN, "10.0.0.1"));
        assertTrue(throttle.waitBefore(ADMIN, "10.0.1.1").isEmpty(), "a new client gets its first try");
        assertTrue(throttle.waitBefore(ADMIN, OFFICE).isEmpty(), "never a lock for the client it knows");
        assertTrue(throttle.isThrottled(ADMIN));
    }

    @Test
    void aClientSprayingPasswordsOverManyAccountsIsSlowed() {
        throttle.succeeded("known@example.org", ATTACKER);
        for (int i = 0; i < 30; i++) {
            assertTrue(
                    throttle.waitBefore("user" + i + "@example.org", ATTACKER).isEmpty());
            throttle.failed("user" + i + "@example.org", ATTACKER);
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitBefore("next@example.org", ATTACKER));
        assertTrue(throttle.waitBefore("next@example.org", OFFICE).isEmpty(), "other clients are not slowed");
        assertTrue(
                throttle.waitBefore("known@example.org", ATTACKER).isEmpty(),
                "nor an account that signed in from there before (one office behind one address)");
    }

    @Test
    void theAdministratorUnlocksAnAccount() {
        failTimes(ADMIN, ATTACKER, 10);
        throttle.unlock(ADMIN);
        assertTrue(throttle.waitBefore(ADMIN, ATTACKER).isEmpty());
        assertFalse(throttle.isThrottled(ADMIN));
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        failTimes(ADMIN, ATTACKER, 6);
        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.waitBefore(ADMIN, ATTACKER).isEmpty());
    }

    @Test
    void unknownAddressesAreHashedOnlyAtTheGlobalRate() {
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            allowed += throttle.mayHashUnknown() ? 1 : 0;
        }
        assertEquals(10, allowed, "a burst of twice the rate per second");
        assertFalse(throttle.mayHashUnknown());
        clock.advance(Duration.ofSeconds(1));
        allowed = 0;
        for (int i = 0; i < 100; i++) {
            allowed += throttle.mayHashUnknown() ? 1 : 0;
        }
        assertEquals(5, allowed, "then the rate");
    }

    @Test
    void delaysStopGrowingAtTheMaximum() {
        assertEquals(Duration.ofSeconds(60), throttle.delay(30));
        assertEquals(Duration.ofSeconds(32), throttle.delay(6));
    }

    private void failTimes(String email, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, client);
        }
    }
}
