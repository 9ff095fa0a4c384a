package org.committeeacademy.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.LockTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.audit.domain.AuditEntry;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    /** Fails a given number of times, then stores. */
    static final class Contended extends AuditWriter {
        int failuresLeft;
        RuntimeException failure = new LockTimeoutException("A lock could not be obtained within the time requested");
        int attempts;
        final List<AuditEntry> stored = new ArrayList<>();

        @Override
        void write(AuditEntry entry) {
            attempts++;
            if (failuresLeft-- > 0) {
                throw failure;
            }
            stored.add(entry);
        }
    }

    private static AuditLog with(Contended writer) {
        AuditLog log = new AuditLog();
        log.writer = writer;
        return log;
    }

    @Test
    void aLineThatMeetsContentionIsWrittenOnTheNextAttempt() {
        Contended writer = new Contended();
        writer.failuresLeft = 2;
        with(writer).record(AuditAction.LOGIN_FAILED, null, "ACCOUNT", "7", null);
        assertEquals(1, writer.stored.size());
        assertEquals(3, writer.attempts);
    }

    @Test
    void aLineThatCannotBeWrittenNeverFailsTheRequest() {
        Contended writer = new Contended();
        writer.failuresLeft = 99;
        with(writer).record(AuditAction.LOGIN_FAILED, null, "ACCOUNT", "7", null);
        assertEquals(0, writer.stored.size());
        assertEquals(3, writer.attempts);
    }

    @Test
    void onlyContentionIsTriedAgain() {
        Contended writer = new Contended();
        writer.failuresLeft = 99;
        writer.failure = new IllegalArgumentException("not a race for a lock");
        with(writer).record(AuditAction.LOGIN_FAILED, null, "ACCOUNT", "7", null);
        assertEquals(1, writer.attempts);
    }
}
