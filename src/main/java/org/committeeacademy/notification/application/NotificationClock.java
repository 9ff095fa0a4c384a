package org.committeeacademy.notification.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import org.committeeacademy.shared.persistence.ApplicationStartup;

/**
 * Every minute: mails changes not notified yet, sends reminders that are due, and delivers mails whose (next)
 * attempt is due. Each step is safe to repeat, so a missed or doubled tick does no harm.
 */
@Singleton
public class NotificationClock {

    private static final System.Logger LOG = System.getLogger(NotificationClock.class.getName());

    @Inject
    PendingChanges changes;

    @Inject
    Reminders reminders;

    @Inject
    OutboxSender sender;

    /** The timer may tick before the schema exists on a fresh database; it waits for the migrations. */
    private volatile boolean schemaReady;

    public void startOnceTheSchemaIsReady(@Observes ApplicationStartup.SchemaReady event) {
        schemaReady = true;
        LOG.log(Level.INFO, "Notifications: {0}", MailSettings.current());
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void tick() {
        if (!schemaReady) {
            return;
        }
        try {
            changes.mailAll();
            reminders.remindDue();
            sender.deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification tick failed; the next one tries again", e);
        }
    }
}
