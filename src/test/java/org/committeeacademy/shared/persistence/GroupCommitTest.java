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

class GroupCommitTest {

    private final GroupCommit<Integer, String> turns = new GroupCommit<>(Duration.ofSeconds(60), 8);

    @Test
    void oneAtATimePerKeyAndTheQueueIsGoneAfterwards() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                done.add(pool.submit(() -> turns.alone(7, () -> {
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
            Future<Object> holder = pool.submit(() -> turns.alone(1, () -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertTrue(holding.await(60, TimeUnit.SECONDS));

            assertEquals("other", turns.alone(2, () -> "other"), "key 2 goes while key 1 is busy");

            release.countDown();
            holder.get(60, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void whoWaitsTooLongIsToldToTryAgainAsContention() throws Exception {
        GroupCommit<Integer, String> impatient = new GroupCommit<>(Duration.ofMillis(50), 8);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> impatient.alone(1, () -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertTrue(holding.await(60, TimeUnit.SECONDS));

            LockTimeoutException busy = assertThrows(LockTimeoutException.class, () -> impatient.alone(1, () -> "x"));
            assertTrue(Contention.isContention(busy));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void waitingRequestsAreDecidedInGroupsInTheirOrderEachWithItsOwnAnswer() throws Exception {
        List<List<Integer>> groups = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int request = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return turns.submit(3, request, group -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        groups.add(group);
                        sleep(2);
                        inside.decrementAndGet();
                        return group.stream()
                                .map(r -> r % 10 == 0
                                        ? GroupCommit.Answer.<String>failed(new IllegalArgumentException("no " + r))
                                        : GroupCommit.Answer.of("yes " + r))
                                .toList();
                    });
                }));
            }
            start.countDown();
            for (int i = 0; i < 300; i++) {
                if (i % 10 == 0) {
                    java.util.concurrent.ExecutionException refused =
                            assertThrows(java.util.concurrent.ExecutionException.class, answers.get(i)::get);
                    assertEquals("no " + i, refused.getCause().getMessage(), "refused alone");
                } else {
                    assertEquals("yes " + i, answers.get(i).get(120, TimeUnit.SECONDS));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, most.get(), "one group at a time per key");
        assertEquals(300, groups.stream().mapToInt(List::size).sum(), "each request decided once");
        assertTrue(groups.stream().allMatch(g -> g.size() <= 8), "never more than the bound in one group");
        assertTrue(groups.size() < 300, "requests waiting together were decided together: " + groups.size());
        assertEquals(0, turns.busyKeys());
    }

    @Test
    void aGroupThatFailsAsAWholeFailsEachOfItsRequests() {
        IllegalStateException broken = new IllegalStateException("database gone");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> turns.submit(4, 1, group -> {
                    throw broken;
                }));
        assertEquals(broken, thrown);
        assertEquals("fine", turns.submit(4, 2, group -> List.of(GroupCommit.Answer.of("fine"))), "the next goes on");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
