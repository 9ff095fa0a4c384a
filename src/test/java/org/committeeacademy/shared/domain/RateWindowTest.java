package org.committeeacademy.shared.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    private static final Instant NOW = Instant.parse("2027-03-06T09:00:00Z");

    @Test
    void aKeyGetsItsEventsPerWindowAndAgainWhenTheWindowMoves() {
        RateWindow brake = new RateWindow(3, Duration.ofHours(24));

        assertTrue(brake.tryAcquire("anna@example.org", NOW));
        assertTrue(brake.tryAcquire("anna@example.org", NOW.plusSeconds(60)));
        assertTrue(brake.tryAcquire("anna@example.org", NOW.plusSeconds(120)));
        assertFalse(brake.tryAcquire("anna@example.org", NOW.plusSeconds(180)), "the fourth mail of the day");
        assertTrue(brake.tryAcquire("ben@example.org", NOW.plusSeconds(180)), "other addresses are not held back");
        assertTrue(brake.tryAcquire(
                "anna@example.org", NOW.plus(Duration.ofHours(24)).plusSeconds(1)));
    }

    @Test
    void aFloodOfNewKeysCannotFillTheMemory() {
        RateWindow brake = new RateWindow(1, Duration.ofMinutes(1));
        for (int i = 0; i < RateWindow.MAX_KEYS; i++) {
            assertTrue(brake.tryAcquire("k" + i, NOW));
        }
        assertFalse(brake.tryAcquire("one-more", NOW));
        assertTrue(brake.tryAcquire("one-more", NOW.plusSeconds(61)), "expired keys make room again");
    }
}
