package org.committeeacademy.shared.persistence;

import jakarta.persistence.LockTimeoutException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A fair queue per key (a cohort's id) in front of the database's row lock: in a rush, the requests for one cohort
 * wait here in the order they came, without a transaction or a connection, and only the one whose turn it is asks the
 * database for the lock — so nobody's lock wait times out because hundreds queue on the same row, and requests for
 * other keys never wait for these. Across the instances of a cluster the database's lock still decides; each
 * instance sends one request per key at a time. A key's queue exists only while someone uses it.
 */
public final class Turns {

    private static final class Turn {
        final ReentrantLock lock = new ReentrantLock(true);
        int users;
    }

    private final ConcurrentHashMap<Long, Turn> turns = new ConcurrentHashMap<>();
    private final Duration patience;

    /** @param patience how long a request waits for its turn before it is answered "too many at once, try again" */
    public Turns(Duration patience) {
        this.patience = patience;
    }

    /** Runs the work (its own transaction) when it is this key's turn; the turn passes on when the work returns. */
    public <T> T inTurn(long key, Supplier<T> work) {
        Turn turn = turns.compute(key, (k, existing) -> {
            Turn t = existing == null ? new Turn() : existing;
            t.users++;
            return t;
        });
        try {
            if (!turn.lock.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LockTimeoutException("No turn for " + key + " within " + patience);
            }
            try {
                return work.get();
            } finally {
                turn.lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("Interrupted while waiting for the turn of " + key);
        } finally {
            turns.computeIfPresent(key, (k, t) -> --t.users == 0 ? null : t);
        }
    }

    /** How many keys have someone waiting or working right now (for tests and metrics). */
    public int busyKeys() {
        return turns.size();
    }
}
