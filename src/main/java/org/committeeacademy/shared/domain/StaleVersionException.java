package org.committeeacademy.shared.domain;

import java.time.Instant;

/**
 * An edit was made on a version someone else has changed since (a stale If-Match, or a page opened before the
 * change): the API answers 412, pages say "changed meanwhile by …" and keep what was typed.
 */
public class StaleVersionException extends ConflictException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion, String changedBy, Instant changedAt) {
        super(key(changedBy, changedAt), arguments(changedBy, changedAt));
        this.currentVersion = currentVersion;
    }

    private static String key(String changedBy, Instant changedAt) {
        if (changedAt == null) {
            return "edit.staleUnknown";
        }
        return changedBy == null ? "edit.staleAt" : "edit.stale";
    }

    private static Object[] arguments(String changedBy, Instant changedAt) {
        if (changedAt == null) {
            return new Object[0];
        }
        // the message writes the moment as the reader does (Messages formats an Instant)
        return changedBy == null ? new Object[] {changedAt} : new Object[] {changedBy, changedAt};
    }

    public long currentVersion() {
        return currentVersion;
    }
}
