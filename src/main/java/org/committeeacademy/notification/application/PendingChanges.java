package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Mails every enrolment and schedule change that has not been notified yet, each change in its own transaction. A
 * change whose transaction fails (typically a lock wait that ran out while another request wrote to the same tables)
 * is tried again at once a few times, so its mails are not held back until the next minute's tick. Unlike
 * {@link org.committeeacademy.shared.persistence.Contention#retry}, any failure is tried again: the mails are written
 * at commit, where the container reports only that the transaction rolled back, and the claim on the change makes a
 * repeat harmless.
 */
@ApplicationScoped
public class PendingChanges {

    private static final System.Logger LOG = System.getLogger(PendingChanges.class.getName());
    private static final int BATCH = 500;
    static final int ATTEMPTS = 3;

    @Inject
    ChangeMails mails;

    /** Pause before the next attempt, grown per attempt; a field so tests need not wait. */
    long pauseMillis = 250;

    public void mailAll() {
        each(() -> mails.pendingEnrolmentChanges(BATCH), mails::enrolmentChange, "enrolment change");
        each(() -> mails.pendingScheduleChanges(BATCH), mails::scheduleChange, "schedule change");
    }

    private void each(Supplier<List<Long>> ids, LongConsumer mail, String what) {
        if (interrupted()) {
            return;
        }
        for (long id : ids.get()) {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                if (interrupted()) {
                    return; // the rest stays unnotified for the next round
                }
                try {
                    mail.accept(id);
                    break;
                } catch (RuntimeException e) {
                    if (attempt == ATTEMPTS) {
                        // stays unnotified and is tried again at the next tick
                        LOG.log(Level.WARNING, "Mails for " + what + " " + id + " not written yet", e);
                    } else {
                        LOG.log(Level.INFO, "Mails for {0} {1} failed ({2}); trying again", what, id, e.toString());
                        pause(attempt);
                    }
                }
            }
        }
    }

    /** An interrupted thread touches the database no more: Derby ends a connection used with the flag set. */
    private static boolean interrupted() {
        return Thread.currentThread().isInterrupted();
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(pauseMillis * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
