package org.committeeacademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/** Mails every enrolment and schedule change that has not been notified yet, each change in its own transaction. */
@ApplicationScoped
public class PendingChanges {

    private static final System.Logger LOG = System.getLogger(PendingChanges.class.getName());
    private static final int BATCH = 500;

    @Inject
    ChangeMails mails;

    public void mailAll() {
        each(() -> mails.pendingEnrolmentChanges(BATCH), mails::enrolmentChange, "enrolment change");
        each(() -> mails.pendingScheduleChanges(BATCH), mails::scheduleChange, "schedule change");
    }

    private static void each(Supplier<List<Long>> ids, LongConsumer mail, String what) {
        for (long id : ids.get()) {
            try {
                mail.accept(id);
            } catch (RuntimeException e) {
                // stays unnotified and is tried again at the next tick
                LOG.log(Level.WARNING, "Mails for " + what + " " + id + " not written yet", e);
            }
        }
    }
}
