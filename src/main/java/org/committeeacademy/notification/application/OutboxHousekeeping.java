package org.committeeacademy.notification.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import org.committeeacademy.notification.domain.OutboxRepository;
import org.committeeacademy.shared.application.ScheduledJob;
import org.committeeacademy.shared.config.AcademySettings;

/**
 * Every night, deletes the mails that were finished more than ACADEMY_OUTBOX_KEEP_DAYS (default 90) ago: a sent mail
 * holds names and course details, and nobody needs it in the outbox for longer than it takes to answer a question
 * about it.
 */
@Singleton
@ScheduledJob
public class OutboxHousekeeping {

    private static final System.Logger LOG = System.getLogger(OutboxHousekeeping.class.getName());

    @Inject
    OutboxRepository outbox;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "3", minute = "20", persistent = false)
    public void deleteOldMails() {
        int deleted = outbox.deleteFinishedBefore(
                clock.instant().minus(Duration.ofDays(AcademySettings.current().outboxKeepDays())));
        if (deleted > 0) {
            LOG.log(Level.INFO, "Outbox: {0} finished mails older than the keeping period deleted", deleted);
        }
    }
}
