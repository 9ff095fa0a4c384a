package org.committeeacademy.shared.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import org.committeeacademy.shared.persistence.ApplicationStartup.SchemaReady;

/**
 * The timer runs of a {@link ScheduledJob}. A timer may fire before the migrations ran on a fresh database, so runs
 * before {@link SchemaReady} do nothing. A failed run is logged once, with the job's name, and the next run tries
 * again; its transaction is still rolled back, as if the exception had reached the container, so a run never commits
 * half of what belongs together (a reminder marked as sent without its mail). In a cluster, a run takes place only on
 * the instance that holds the job's {@link JobLeases lease}: each job runs once per cluster, not once per instance.
 */
@ScheduledJob
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ScheduledJobGuard {

    private static final System.Logger LOG = System.getLogger(ScheduledJobGuard.class.getName());

    /** Remembers that the schema is ready: an interceptor cannot observe events itself. */
    @ApplicationScoped
    public static class Schema {

        private volatile boolean ready;

        void ready(@Observes SchemaReady event) {
            ready = true;
        }

        public boolean isReady() {
            return ready;
        }
    }

    @Inject
    Schema schema;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    JobLeases leases;

    public ScheduledJobGuard() {}

    /** For use without a container, e.g. in tests: the schema is ready, the leases decide which instance runs. */
    public ScheduledJobGuard(JobLeases leases, TransactionSynchronizationRegistry transaction) {
        this.schema = new Schema();
        this.schema.ready = true;
        this.leases = leases;
        this.transaction = transaction;
    }

    @AroundTimeout
    public Object run(InvocationContext run) {
        if (!schema.isReady()) {
            return null;
        }
        if (leases.clustered() && !leaseTaken(run)) {
            return null;
        }
        try {
            return run.proceed();
        } catch (Exception e) {
            LOG.log(Level.WARNING, name(run.getMethod()) + " failed; the next run tries again", e);
            if (transaction.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transaction.setRollbackOnly();
            }
            return null;
        }
    }

    /** A job is leased as a whole: its daily run and its catch-up run never take place on two instances at once. */
    private boolean leaseTaken(InvocationContext run) {
        String job = run.getMethod().getDeclaringClass().getSimpleName();
        try {
            return leases.take(job);
        } catch (RuntimeException e) {
            // another instance created the job's first lease at the same moment, or the database is unreachable
            LOG.log(Level.DEBUG, () -> job + ": lease not taken, this instance leaves the run to another", e);
            return false;
        }
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
