package org.committeeacademy.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.committeeacademy.shared.persistence.ApplicationStartup.SchemaReady;
import org.junit.jupiter.api.Test;

/** A timer run waits for the schema, and a failed one is contained and rolled back. */
class ScheduledJobGuardTest {

    private final Transaction transaction = new Transaction();
    private final ScheduledJobGuard guard = new ScheduledJobGuard();
    private int runs;

    ScheduledJobGuardTest() {
        guard.schema = new ScheduledJobGuard.Schema();
        guard.transaction = transaction;
        guard.leases = new JobLeases(); // one instance: no lease is taken
    }

    @Test
    void aRunBeforeTheSchemaIsReadyDoesNothing() throws Exception {
        assertNull(guard.run(run(() -> ++runs)));
        assertEquals(0, runs);
    }

    @Test
    void onceTheSchemaIsReadyEveryRunTakesPlace() throws Exception {
        guard.schema.ready(new SchemaReady());
        assertEquals(1, guard.run(run(() -> ++runs)));
        assertEquals(2, guard.run(run(() -> ++runs)));
    }

    @Test
    void aFailedRunIsContainedAndItsTransactionRolledBack() throws Exception {
        guard.schema.ready(new SchemaReady());
        assertNull(guard.run(run(() -> {
            throw new IllegalStateException("database gone");
        })));
        assertTrue(transaction.rollbackOnly);
        assertEquals(1, guard.run(run(() -> ++runs)), "the next run tries again");
    }

    @Test
    void aFailedRunWithoutTransactionIsContainedToo() throws Exception {
        guard.schema.ready(new SchemaReady());
        transaction.status = Status.STATUS_NO_TRANSACTION;
        assertNull(guard.run(run(() -> {
            throw new IllegalStateException("disk full");
        })));
        assertFalse(transaction.rollbackOnly);
    }

    /** A timer run of {@link #job()}. */
    private static InvocationContext run(Callable<Object> job) {
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                try {
                    return ScheduledJobGuardTest.class.getDeclaredMethod("job");
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {}

            @Override
            public Map<String, Object> getContextData() {
                return new HashMap<>();
            }

            @Override
            public Object proceed() throws Exception {
                return job.call();
            }
        };
    }

    @SuppressWarnings("unused")
    private void job() {}

    private static final class Transaction implements TransactionSynchronizationRegistry {
        int status = Status.STATUS_ACTIVE;
        boolean rollbackOnly;

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            rollbackOnly = true;
        }

        @Override
        public boolean getRollbackOnly() {
            return rollbackOnly;
        }

        @Override
        public Object getTransactionKey() {
            return null;
        }

        @Override
        public void putResource(Object key, Object value) {}

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {}
    }
}
