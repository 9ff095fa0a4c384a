package org.committeeacademy.privacy.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.privacy.persistence.JpaRetention;
import org.committeeacademy.shared.application.ScheduledJob;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.AcademyTime;

/**
 * Every night, erases the members whose last cohort ended more than ACADEMY_RETENTION_MONTHS (default 24) ago, or
 * who never joined one in that time since their account was opened. Trainers, staff and admins are left alone.
 */
@Singleton
@ScheduledJob
public class RetentionJob {

    private static final System.Logger LOG = System.getLogger(RetentionJob.class.getName());

    @Inject
    JpaRetention retention;

    @Inject
    Erasure erasure;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "3", minute = "40", persistent = false)
    public void eraseExpired() {
        for (long id : due()) {
            try {
                erasure.eraseForRetention(id);
                LOG.log(Level.INFO, "Account {0} erased after the retention period", id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Account " + id + " stays until the next run", e);
            }
        }
    }

    /** Members only, not erased yet, with no session after the cut-off and no account opened after it. */
    List<Long> due() {
        LocalDateTime cutOff = LocalDateTime.now(clock.withZone(AcademyTime.ZONE))
                .minusMonths(AcademySettings.current().retentionMonths());
        return retention.membersDue(cutOff.atZone(AcademyTime.ZONE).toInstant(), cutOff);
    }
}
