package org.committeeacademy.shared.persistence;

import java.sql.SQLException;
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

    /** Tries in all; each try waits up to the lock timeout, then gets a fresh transaction. */
    static final int ATTEMPTS = 3;

    private Contention() {}

    /**
     * Runs the work (its own transaction) and, if it only lost a race for a lock, runs it again after a short random
     * pause; the last failure goes to the caller, who answers "please try again".
     */
    public static <T> T retry(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isContention(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(50, 150) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
