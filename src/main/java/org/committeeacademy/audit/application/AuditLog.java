package org.committeeacademy.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.audit.domain.AuditEntry;

/**
 * Writes audit lines. Each goes in a transaction of its own, so a refused or failed request still leaves its line;
 * a line that cannot be written is logged as a warning and never fails the request it describes. Callers pass no
 * secrets: e-mail addresses and ids, never passwords, tokens or worksheet text.
 */
@ApplicationScoped
public class AuditLog {

    private static final System.Logger LOG = System.getLogger(AuditLog.class.getName());

    @Inject
    AuditWriter writer;

    Clock clock = Clock.systemUTC();

    /**
     * A line for a change made in the caller's transaction: it is kept exactly when the change is, and a failure
     * to write it fails the change.
     */
    public void recordWithTheChange(
            AuditAction action, Long actorId, String objectType, String objectId, String detail) {
        writer.writeWithTheChange(new AuditEntry(clock.instant(), actorId, action, objectType, objectId, detail));
    }

    /** A line for something that happened (a login, a refusal), kept whatever becomes of the request. */
    public void record(AuditAction action, Long actorId, String objectType, String objectId, String detail) {
        try {
            writer.write(new AuditEntry(clock.instant(), actorId, action, objectType, objectId, detail));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Audit line " + action + " not written: " + e.getClass().getSimpleName());
        }
    }
}
