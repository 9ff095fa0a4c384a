package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PendingChangesTest {

    /** Fails each change a given number of times before it goes through; records every attempt. */
    static final class Flaky extends ChangeMails {
        final Map<Long, Integer> failuresLeft = new HashMap<>();
        final List<Long> attempts = new ArrayList<>();
        final List<Long> written = new ArrayList<>();
        boolean interruptOnFailure;

        @Override
        public List<Long> pendingEnrolmentChanges(int limit) {
            return List.of(1L, 2L);
        }

        @Override
        public List<Long> pendingScheduleChanges(int limit) {
            return List.of();
        }

        @Override
        public void enrolmentChange(long id) {
            attempts.add(id);
            int left = failuresLeft.getOrDefault(id, 0);
            if (left > 0) {
                failuresLeft.put(id, left - 1);
                if (interruptOnFailure) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("A lock could not be obtained within the time requested");
            }
            written.add(id);
        }
    }

    private static PendingChanges with(Flaky mails) {
        PendingChanges pending = new PendingChanges();
        pending.mails = mails;
        pending.pauseMillis = 0;
        return pending;
    }

    @Test
    void aChangeThatFailsOnceIsWrittenInTheSameRound() {
        Flaky mails = new Flaky();
        mails.failuresLeft.put(1L, 1);
        with(mails).mailAll();
        assertEquals(List.of(1L, 2L), mails.written);
        assertEquals(List.of(1L, 1L, 2L), mails.attempts);
    }

    @Test
    void aChangeThatKeepsFailingIsLeftForTheNextTickAndTheOthersStillGoOut() {
        Flaky mails = new Flaky();
        mails.failuresLeft.put(1L, 99);
        with(mails).mailAll();
        assertEquals(List.of(2L), mails.written);
        assertEquals(
                PendingChanges.ATTEMPTS,
                mails.attempts.stream().filter(id -> id == 1L).count());
    }

    @Test
    void anInterruptedRoundStopsAndLeavesTheRestForTheNext() {
        Flaky mails = new Flaky();
        mails.failuresLeft.put(1L, 1);
        mails.interruptOnFailure = true;
        try {
            with(mails).mailAll();
            assertEquals(List.of(1L), mails.attempts, "no statement more once the thread is interrupted");
            assertEquals(List.of(), mails.written);
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }
}
