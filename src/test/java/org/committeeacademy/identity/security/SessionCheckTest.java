package org.committeeacademy.identity.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SessionCheckTest {

    private static final Instant SIGNED_IN = Instant.parse("2027-03-01T08:00:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofHours(12);

    @Test
    void aSessionOfTheStoredVersionCounts() {
        assertTrue(SessionCheck.isCurrent(3, SIGNED_IN, OptionalInt.of(3), SIGNED_IN.plusSeconds(60), TWELVE_HOURS));
    }

    @Test
    void aSessionOfAnOlderVersionIsEnded() {
        assertFalse(SessionCheck.isCurrent(3, SIGNED_IN, OptionalInt.of(4), SIGNED_IN.plusSeconds(60), TWELVE_HOURS));
    }

    @Test
    void aSessionOfAnAccountThatIsGoneIsEnded() {
        assertFalse(SessionCheck.isCurrent(3, SIGNED_IN, OptionalInt.empty(), SIGNED_IN.plusSeconds(60), TWELVE_HOURS));
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverBusy() {
        Instant justBefore = SIGNED_IN.plus(TWELVE_HOURS).minusSeconds(1);
        assertTrue(SessionCheck.isCurrent(3, SIGNED_IN, OptionalInt.of(3), justBefore, TWELVE_HOURS));
        assertFalse(
                SessionCheck.isCurrent(3, SIGNED_IN, OptionalInt.of(3), SIGNED_IN.plus(TWELVE_HOURS), TWELVE_HOURS));
        assertFalse(SessionCheck.isCurrent(3, null, OptionalInt.of(3), SIGNED_IN, TWELVE_HOURS));
    }
}
