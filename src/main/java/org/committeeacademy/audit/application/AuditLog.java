package org.committeeacademy.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.audit.domain.AuditEntry;
import org.committeeacademy.shared.persistence.Contention;

/**
 * Writes audit lines. Each goes in a transaction of its own, so a refused or failed request still leaves its line;
 * a line that lost a race for a lock is tried again, and one that still cannot be written is logged as a warning and
 * never fails the request it describes. Callers pass no
 * secrets: e-mail addresses and ids, never passwords, tokens or worksheet text.
 */
@ApplicationScoped
public class AuditLog {

    private static final System.Logger LOG = System.getLogger(AuditLog.class.getName());

    @Inject
    AuditWriter writer;

    Clock clock = Clock.systemUTC();

    @Inject
    Event<Committed> committed;

    /** A line waiting for the transaction of its change. */
    record Committed(AuditEntry entry) {}

    /**
     * A line for a change made in the caller's transaction, written once that transaction has committed (and not at
     * all if it rolls back). Not inside it: Derby hands out identity values under a lock of its own, and an insert
     * held open by a long business transaction made concurrent audit lines, and then the change, time out.
     */
    public void recordOnCommit(AuditAction action, Long actorId, String objectType, String objectId, String detail) {
        committed.fire(new Committed(new AuditEntry(clock.instant(), actorId, action, objectType, objectId, detail)));
    }

    void writeCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Committed line) {
        write(line.entry());
    }

    /** A line for something that happened (a login, a refusal), kept whatever becomes of the request. */
    public void record(AuditAction action, Long actorId, String objectType, String objectId, String detail) {
        write(new AuditEntry(clock.instant(), actorId, action, objectType, objectId, detail));
    }

    /** An audit line gives up after a few tries: the request it records must not wait for it. */
    static final int ATTEMPTS = 3;

    /**
     * Tries again when the line only lost a race for a lock, which a moment later it wins (under load, a lock wait past
     * the timeout). Derby's race for an identity range right after a start no longer happens: {@code DerbyIdentities}
     * reserves the ranges at the start. Each attempt is a transaction of its own.
     */
    private void write(AuditEntry entry) {
        try {
            Contention.retry(ATTEMPTS, () -> {
                AuditEntry attempt = entry.unsaved();
                writer.write(attempt);
                return attempt;
            });
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Audit line " + entry.action() + " not written: "
                            + e.getClass().getSimpleName());
        }
    }
}
