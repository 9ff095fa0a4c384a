package org.committeeacademy.shared.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Recognizes a failure that only means "too many at once": a lock not granted in time, a deadlock victim, or a
 * serialization failure. Such a request changed nothing and can simply be sent again.
 */
public final class Contention {

    /** Derby: lock timeout, deadlock; PostgreSQL: serialization failure, deadlock, lock not available. */
    private static final Set<String> STATES = Set.of("40XL1", "40XL2", "40001", "40P01", "55P03");

    /**
     * How long a request keeps trying before it gives up: a rush of hundreds for one cohort is served one at a time
     * under the cohort's lock, and on a busy machine the last in line may wait this long. Each try waits up to the
     * lock timeout, then gets a fresh transaction after a pause that grows with the tries (with jitter, so the waiting
     * do not come back all at once).
     */
    static final Duration BUDGET = Duration.ofSeconds(45);

    private Contention() {}

    /**
     * Runs the work (its own transaction) and, while it only loses races for a lock, runs it again until the budget is
     * spent; the last failure goes to the caller, who answers "please try again".
     */
    public static <T> T retry(Supplier<T> work) {
        return retry(Integer.MAX_VALUE, work);
    }

    /**
     * The same with at most this many tries, for work that had better give up soon than wait its turn (an audit line
     * written beside a request).
     */
    public static <T> T retry(int maxAttempts, Supplier<T> work) {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isContention(e) || attempt >= maxAttempts || System.nanoTime() > deadline || !pause(attempt)) {
                    throw e;
                }
            }
        }
    }

    /** @return false if the thread was interrupted meanwhile: then the request gives up at once */
    private static boolean pause(int attempt) {
        try {
            long ceiling = 50L * Math.min(attempt, 10);
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static boolean isContention(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
