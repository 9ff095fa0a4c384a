package org.committeeacademy.shared.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognizes a failure that only means "too many at once": a lock not granted in time, a deadlock victim, or a
 * serialization failure. Such a request changed nothing and can simply be sent again.
 */
public final class Contention {

    /** Derby: lock timeout, deadlock; PostgreSQL: serialization failure, deadlock, lock not available. */
    private static final Set<String> STATES = Set.of("40XL1", "40XL2", "40001", "40P01", "55P03");

    private Contention() {}

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
