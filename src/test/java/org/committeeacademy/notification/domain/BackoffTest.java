package org.committeeacademy.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void pausesDoubleFromOneMinuteUpToSixHoursThenGiveUp() {
        assertEquals(Optional.of(Duration.ofMinutes(1)), Backoff.after(1));
        assertEquals(Optional.of(Duration.ofMinutes(2)), Backoff.after(2));
        assertEquals(Optional.of(Duration.ofMinutes(4)), Backoff.after(3));
        assertEquals(Optional.of(Duration.ofMinutes(256)), Backoff.after(9));
        assertTrue(Backoff.after(Backoff.MAX_ATTEMPTS).isEmpty());
    }

    @Test
    void noPauseIsLongerThanSixHours() {
        for (int attempt = 1; attempt < Backoff.MAX_ATTEMPTS; attempt++) {
            assertTrue(Backoff.after(attempt).orElseThrow().compareTo(Duration.ofHours(6)) <= 0);
        }
    }
}
