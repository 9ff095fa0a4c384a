package org.committeeacademy.privacy.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.committeeacademy.shared.application.ScheduledJob;
import org.committeeacademy.shared.config.AcademySettings;

/**
 * Every night, erases the members whose last cohort ended more than ACADEMY_RETENTION_MONTHS (default 24) ago, or
 * who never joined one in that time since their account was opened. Trainers, staff and admins are left alone.
 */
@Singleton
@ScheduledJob
public class RetentionJob {

    private static final System.Logger LOG = System.getLogger(RetentionJob.class.getName());
    private static final ZoneId VENUE_ZONE = ZoneId.of("Europe/Berlin");

    @PersistenceContext(unitName = "academy")
    EntityManager em;

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
        LocalDateTime cutOff = LocalDateTime.now(clock.withZone(VENUE_ZONE))
                .minusMonths(AcademySettings.current().retentionMonths());
        List<?> ids = em.createNativeQuery("SELECT a.id FROM account a WHERE a.erased_at IS NULL"
                        + " AND a.created_at < ?"
                        + " AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role_name = 'MEMBER')"
                        + " AND NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id"
                        + "   AND r.role_name IN ('TRAINER', 'STAFF', 'ADMIN'))"
                        + " AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN cohort_session s ON s.cohort_id = e.cohort_id"
                        + "   WHERE e.member_id = a.id AND s.ends_at >= ?)")
                .setParameter(1, Timestamp.from(cutOff.atZone(VENUE_ZONE).toInstant()))
                .setParameter(2, Timestamp.valueOf(cutOff))
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
