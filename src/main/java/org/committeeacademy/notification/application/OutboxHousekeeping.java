package org.committeeacademy.notification.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import org.committeeacademy.notification.domain.OutboxRepository;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.persistence.ApplicationStartup;

/**
 * Every night, deletes the mails that were finished more than ACADEMY_OUTBOX_KEEP_DAYS (default 90) ago: a sent mail
 * holds names and course details, and nobody needs it in the outbox for longer than it takes to answer a question
 * about it.
 */
@Singleton
public class OutboxHousekeeping {

    private static final System.Logger LOG = System.getLogger(OutboxHousekeeping.class.getName());

    @Inject
    OutboxRepository outbox;

    Clock clock = Clock.systemUTC();

    private volatile boolean schemaReady;

    public void startOnceTheSchemaIsReady(@Observes ApplicationStartup.SchemaReady event) {
        schemaReady = true;
    }

    @Schedule(hour = "3", minute = "20", persistent = false)
    public void deleteOldMails() {
        if (!schemaReady) {
            return;
        }
        int deleted = outbox.deleteFinishedBefore(
                clock.instant().minus(Duration.ofDays(AcademySettings.current().outboxKeepDays())));
        if (deleted > 0) {
            LOG.log(Level.INFO, "Outbox: {0} finished mails older than the keeping period deleted", deleted);
        }
    }
}
