package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When a round of mails about changes starts: after the nudges have settled and no enrolment request waits for its
 * turn, and never later than the bound.
 */
class NotificationTriggersTest {

    private static final long SETTLE = 500;
    private static final long AT_MOST = 5_000;

    private static long remaining(long now, long began, long lastNudge) {
        return NotificationTriggers.Run.remaining(now, began, lastNudge, SETTLE, AT_MOST, false);
    }

    @Test
    void aLoneChangeIsMailedOnceItHasSettled() {
        assertEquals(500, remaining(0, 0, 0));
        assertEquals(200, remaining(300, 0, 0));
        assertTrue(remaining(500, 0, 0) <= 0, "settled: the round starts");
    }

    @Test
    void eachNewChangeWaitsAgainButARushIsMailedWithinTheBound() {
        assertEquals(500, remaining(400, 0, 400), "a change 400 ms in: half a second from it");
        assertEquals(100, remaining(4_900, 0, 4_800), "the bound is near");
        assertTrue(remaining(5_000, 0, 4_990) <= 0, "changes still coming, but the bound is reached");
    }

    @Test
    void withoutSettlingTheRoundStartsAtOnce() {
        assertTrue(NotificationTriggers.Run.remaining(100, 100, 100, 0, 0, false) <= 0);
    }

    @Test
    void whileRequestsWaitForTheirTurnTheRoundWaitsUpToTheBound() {
        assertEquals(
                4_000, NotificationTriggers.Run.remaining(1_000, 0, 0, SETTLE, AT_MOST, true), "settled, but busy");
        assertTrue(NotificationTriggers.Run.remaining(5_000, 0, 0, SETTLE, AT_MOST, true) <= 0, "the bound holds");
        assertTrue(
                NotificationTriggers.Run.remaining(1_000, 0, 0, SETTLE, AT_MOST, false) <= 0,
                "no longer busy and settled: the round starts");
    }
}
