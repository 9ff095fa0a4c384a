package org.committeeacademy.notification.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.committeeacademy.shared.application.ScheduledJob;
import org.committeeacademy.shared.persistence.ApplicationStartup;

/**
 * Every minute: mails changes not notified yet, sends reminders that are due, and delivers mails whose (next)
 * attempt is due. Each step is safe to repeat, so a missed or doubled tick does no harm.
 */
@Singleton
@ScheduledJob
public class NotificationClock {

    private static final System.Logger LOG = System.getLogger(NotificationClock.class.getName());

    @Inject
    PendingChanges changes;

    @Inject
    Reminders reminders;

    @Inject
    OutboxSender sender;

    public void reportMailSettings(@Observes ApplicationStartup.SchemaReady event) {
        LOG.log(Level.INFO, "Notifications: {0}", MailSettings.current());
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void tick() {
        changes.mailAll();
        reminders.remindDue();
        sender.deliverDue();
    }
}
