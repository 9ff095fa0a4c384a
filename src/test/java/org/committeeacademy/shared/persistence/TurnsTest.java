package org.committeeacademy.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.LockTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TurnsTest {

    private final Turns turns = new Turns(Duration.ofSeconds(60));

    @Test
    void oneAtATimePerKeyAndTheQueueIsGoneAfterwards() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                done.add(pool.submit(() -> turns.inTurn(7, () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.onSpinWait();
                    return inside.decrementAndGet();
                })));
            }
            for (Future<Integer> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, most.get(), "never two at once for one key");
        assertEquals(0, turns.busyKeys(), "no queue is kept for a key nobody uses");
    }

    @Test
    void otherKeysDoNotWait() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> holder = pool.submit(() -> turns.inTurn(1, () -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertTrue(holding.await(60, TimeUnit.SECONDS));

            assertEquals("other", turns.inTurn(2, () -> "other"), "key 2 goes while key 1 is busy");

            release.countDown();
            holder.get(60, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void whoWaitsTooLongIsToldToTryAgainAsContention() throws Exception {
        Turns impatient = new Turns(Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> impatient.inTurn(1, () -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertTrue(holding.await(60, TimeUnit.SECONDS));

            LockTimeoutException busy = assertThrows(LockTimeoutException.class, () -> impatient.inTurn(1, () -> "x"));
            assertTrue(Contention.isContention(busy));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
