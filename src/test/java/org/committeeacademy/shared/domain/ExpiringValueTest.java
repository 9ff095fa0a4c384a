package org.committeeacademy.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.committeeacademy.shared.MutableClock;
import org.junit.jupiter.api.Test;

class ExpiringValueTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final ExpiringValue<Integer> value =
            new ExpiringValue<>(computed::incrementAndGet, Duration.ofSeconds(5), clock);

    @Test
    void computesOncePerTimeToLive() {
        assertEquals(1, value.get());
        clock.advance(Duration.ofSeconds(4));
        assertEquals(1, value.get());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, value.get());
    }

    @Test
    void clearingForcesAFreshValue() {
        value.get();
        value.clear();

        assertEquals(2, value.get());
    }
}
