package org.committeeacademy.shared.persistence;

import jakarta.persistence.LockTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A fair queue per key (a cohort's id) in front of the database's row lock, which decides the waiting requests in
 * groups: in a rush, requests for one key line up here in the order they came, without a transaction or a
 * connection; whoever finds the key free takes the turn, hands up to {@code bound} waiting requests, in their order,
 * to one piece of work (one transaction: one lock, one commit) and gives each its own answer; it goes on until its
 * own request is answered, then passes the turn to the next one waiting. Requests for other keys never wait for
 * these. Across the instances of a cluster the database's lock still decides; each instance sends one group per key
 * at a time. A key's queue exists only while someone uses it.
 *
 * @param <Q> a request
 * @param <A> its answer
 */
public final class GroupCommit<Q, A> {

    /** The answer to one request of a group, or why that request alone failed. */
    public record Answer<A>(A value, RuntimeException failure) {

        public static <A> Answer<A> of(A value) {
            return new Answer<>(value, null);
        }

        public static <A> Answer<A> failed(RuntimeException failure) {
            return new Answer<>(null, failure);
        }
    }

    /** How long a waiting request sleeps before it looks again whether it was answered or the turn is free. */
    private static final long NAP_MILLIS = 200;

    private final ConcurrentHashMap<Long, Lane<Q, A>> lanes = new ConcurrentHashMap<>();
    private final Duration patience;
    private final int bound;

    /**
     * @param patience how long a request waits before it is answered "too many at once, try again"
     * @param bound how many requests one group decides at most
     */
    public GroupCommit(Duration patience, int bound) {
        this.patience = patience;
        this.bound = bound;
    }

    /**
     * Queues the request and returns its answer (or throws its failure) once a group with it was decided.
     *
     * @param decide decides a group of requests of this key, in their order, in one transaction; it returns one
     *     answer per request in the same order; when it throws, every request of the group fails with that
     */
    public A submit(long key, Q request, Function<List<Q>, List<Answer<A>>> decide) {
        Pending<Q, A> mine = new Pending<>(request);
        Lane<Q, A> lane = enter(key, mine);
        try {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!mine.isDone()) {
                // no barging (a zero wait honours the fair lock): staff waiting alone keep their place in line
                if (lane.lock.tryLock(0, TimeUnit.NANOSECONDS)) {
                    try {
                        while (!mine.isDone()) {
                            decideNext(lane, decide);
                        }
                    } finally {
                        lane.lock.unlock();
                    }
                    lane.wakeNext();
                } else if (!mine.nap(NAP_MILLIS) && System.nanoTime() > deadline && lane.queue.remove(mine)) {
                    throw new LockTimeoutException("No turn for " + key + " within " + patience);
                }
            }
            return mine.answer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (lane.queue.remove(mine)) {
                throw new LockTimeoutException("Interrupted while waiting for the turn of " + key);
            }
            return mine.awaitAnswer();
        } finally {
            leave(key);
        }
    }

    /** Runs work of its own (its own transaction) when it is this key's turn, between groups. */
    public <T> T alone(long key, Supplier<T> work) {
        Lane<Q, A> lane = enter(key, null);
        try {
            if (!lane.lock.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LockTimeoutException("No turn for " + key + " within " + patience);
            }
            try {
                return work.get();
            } finally {
                lane.lock.unlock();
                lane.wakeNext();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("Interrupted while waiting for the turn of " + key);
        } finally {
            leave(key);
        }
    }

    /** How many keys have someone waiting or working right now (for tests and metrics). */
    public int busyKeys() {
        return lanes.size();
    }

    private void decideNext(Lane<Q, A> lane, Function<List<Q>, List<Answer<A>>> decide) {
        List<Pending<Q, A>> group = new ArrayList<>();
        for (Pending<Q, A> next; group.size() < bound && (next = lane.queue.poll()) != null; ) {
            group.add(next);
        }
        try {
            List<Answer<A>> answers =
                    decide.apply(group.stream().map(p -> p.request).toList());
            if (answers.size() != group.size()) {
                throw new IllegalStateException(answers.size() + " answers to " + group.size() + " requests");
            }
            for (int i = 0; i < group.size(); i++) {
                group.get(i).complete(answers.get(i));
            }
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            group.forEach(p -> p.complete(Answer.failed(failure)));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private Lane<Q, A> enter(long key, Pending<Q, A> pending) {
        return lanes.compute(key, (k, existing) -> {
            Lane<Q, A> lane = existing == null ? new Lane<>() : existing;
            lane.users++;
            if (pending != null) {
                lane.queue.add(pending);
            }
            return lane;
        });
    }

    private void leave(long key) {
        lanes.computeIfPresent(key, (k, lane) -> --lane.users == 0 ? null : lane);
    }

    private static final class Lane<Q, A> {
        final ReentrantLock lock = new ReentrantLock(true);
        final ConcurrentLinkedQueue<Pending<Q, A>> queue = new ConcurrentLinkedQueue<>();
        int users;

        /** The turn is free again: the first one waiting takes it (a request that arrives meanwhile tries itself). */
        void wakeNext() {
            Pending<Q, A> next = queue.peek();
            if (next != null) {
                next.nudge();
            }
        }
    }

    private static final class Pending<Q, A> {
        final Q request;
        private Answer<A> answer;
        private boolean nudged;

        Pending(Q request) {
            this.request = request;
        }

        synchronized boolean isDone() {
            return answer != null;
        }

        synchronized void complete(Answer<A> result) {
            answer = result;
            notifyAll();
        }

        synchronized void nudge() {
            nudged = true;
            notifyAll();
        }

        /** @return whether the answer is there */
        synchronized boolean nap(long millis) throws InterruptedException {
            if (answer == null && !nudged) {
                wait(millis);
            }
            nudged = false;
            return answer != null;
        }

        synchronized A awaitAnswer() {
            boolean interrupted = false;
            while (answer == null) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return answer();
        }

        synchronized A answer() {
            if (answer.failure() != null) {
                throw answer.failure();
            }
            return answer.value();
        }
    }
}
