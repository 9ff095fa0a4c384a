package org.committeeacademy.notification.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.committeeacademy.cohort.application.ScheduleChanged;
import org.committeeacademy.enrolment.application.EnrolmentsChanged;

/**
 * Mails changes promptly: once a transaction that changed enrolments or the schedule (or filled the outbox) has
 * committed, the work is started on the container's executor. Many nudges at once start one run, and a nudge during a
 * run makes it go round once more; the minute tick of {@link NotificationClock} catches anything missed.
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

    private final Run mailChanges = new Run();
    private final Run deliver = new Run();

    void enrolmentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentsChanged event) {
        mailChanges.nudge(executor, changes::mailAll);
    }

    void scheduleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScheduleChanged event) {
        mailChanges.nudge(executor, changes::mailAll);
    }

    void outboxFilled(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxFilled event) {
        deliver.nudge(executor, sender::deliverDue);
    }

    /** One run at a time; a nudge while running asks for one more round. */
    static final class Run {
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicBoolean again = new AtomicBoolean();

        void nudge(ManagedExecutorService executor, Runnable work) {
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
                while (again.getAndSet(false)) {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Notification work failed; the next tick tries again", e);
                    }
                }
            } finally {
                running.set(false);
            }
            if (again.get() && running.compareAndSet(false, true)) {
                loop(work);
            }
        }
    }
}
