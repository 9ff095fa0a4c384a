package org.committeeacademy.notification.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.committeeacademy.cohort.application.ScheduleChanged;
import org.committeeacademy.enrolment.application.EnrolmentTurns;
import org.committeeacademy.enrolment.application.EnrolmentsChanged;

/**
 * Mails changes promptly: once a transaction that changed enrolments or the schedule (or filled the outbox) has
 * committed, the work is started on the container's executor. Many nudges at once start one run, and a nudge during a
 * run makes it go round once more; the minute tick of {@link NotificationClock} catches anything missed.
 *
 * <p>The mails about changes wait until the changes have settled ({@link #SETTLE} without a new one, at most {@link
 * #SETTLE_AT_MOST}), and while enrolment requests of this instance wait for their turn: in a registration rush,
 * writing a mail per enrolment took a fifth to half of the processor while the members still waited for their answers
 * (issue 27; groups of a rush can commit more than {@link #SETTLE} apart). The answers go first; the mails follow
 * within seconds, in one run.
 */
@ApplicationScoped
public class NotificationTriggers {

    private static final System.Logger LOG = System.getLogger(NotificationTriggers.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    PendingChanges changes;

    @Inject
    OutboxSender sender;

    @Inject
    EnrolmentTurns enrolmentTurns;

    static final Duration SETTLE = Duration.ofMillis(500);
    static final Duration SETTLE_AT_MOST = Duration.ofSeconds(5);

    private final Run mailChanges = new Run(SETTLE, SETTLE_AT_MOST, () -> enrolmentTurns.busy());
    private final Run deliver = new Run(Duration.ZERO, Duration.ZERO, () -> false);

    void enrolmentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentsChanged event) {
        mailChanges.nudge(executor, changes::mailAll);
    }

    void scheduleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScheduleChanged event) {
        mailChanges.nudge(executor, changes::mailAll);
    }

    void outboxFilled(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxFilled event) {
        deliver.nudge(executor, sender::deliverDue);
    }

    /** One run at a time; a nudge while running asks for one more round, which first lets the nudges settle. */
    static final class Run {
        private static final long BUSY_LOOK_NANOS = 50_000_000;
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicBoolean again = new AtomicBoolean();
        private final long settleNanos;
        private final long atMostNanos;
        private final BooleanSupplier busy;
        private volatile long lastNudge;

        /** @param busy whether requests that go first are still waiting (then a round waits, within the bound) */
        Run(Duration settle, Duration atMost, BooleanSupplier busy) {
            settleNanos = settle.toNanos();
            atMostNanos = atMost.toNanos();
            this.busy = busy;
        }

        void nudge(ManagedExecutorService executor, Runnable work) {
            lastNudge = System.nanoTime();
            again.set(true);
            if (!running.compareAndSet(false, true)) {
                return;
            }
            try {
                executor.execute(() -> loop(work));
            } catch (RejectedExecutionException e) {
                running.set(false);
                LOG.log(Level.INFO, "Executor busy; the next tick does the work");
            }
        }

        private void loop(Runnable work) {
            try {
                while (again.get()) {
                    if (!settle()) {
                        // interrupted (the container stops): no database work with the flag set, which would end
                        // Derby's connection; the minute tick mails what is left
                        return;
                    }
                    again.set(false);
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Notification work failed; the next tick tries again", e);
                    }
                }
            } finally {
                running.set(false);
            }
            if (again.get() && !Thread.currentThread().isInterrupted() && running.compareAndSet(false, true)) {
                loop(work);
            }
        }

        /** @return false if the thread was interrupted meanwhile (its flag stays set) */
        private boolean settle() {
            long began = System.nanoTime();
            long wait;
            while ((wait = remaining(
                            System.nanoTime(), began, lastNudge, settleNanos, atMostNanos, busy.getAsBoolean()))
                    > 0) {
                try {
                    // while busy, looked at again every 50 ms: the round starts soon after the last request's turn
                    Thread.sleep(Math.max(1, Math.min(wait, BUSY_LOOK_NANOS) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return !Thread.currentThread().isInterrupted();
        }

        /**
         * Nanoseconds still to wait: until {@code settle} after the last nudge, or while {@code busy}; at most {@code
         * atMost} after began.
         */
        static long remaining(long now, long began, long lastNudge, long settle, long atMost, boolean busy) {
            long bound = began + atMost;
            return (busy ? bound : Math.min(lastNudge + settle, bound)) - now;
        }
    }
}
