package org.committeeacademy.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.attendance.domain.AttendanceStatus;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.ScheduleChange;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.enrolment.domain.EnrolmentChange;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.notification.domain.NotificationSources;

@ApplicationScoped
public class JpaNotificationSources implements NotificationSources {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public List<Long> unnotifiedEnrolmentChanges(int limit) {
        return ids("SELECT id FROM enrolment_change WHERE notified_at IS NULL ORDER BY id", limit);
    }

    @Override
    public Optional<EnrolmentChange> enrolmentChange(long id) {
        return Optional.ofNullable(em.find(EnrolmentChange.class, id));
    }

    @Override
    public boolean claimEnrolmentChange(long id, Instant now) {
        return claim("enrolment_change", id, now);
    }

    @Override
    public List<Long> unnotifiedScheduleChanges(int limit) {
        return ids("SELECT id FROM schedule_change WHERE notified_at IS NULL ORDER BY id", limit);
    }

    @Override
    public Optional<ScheduleChange> scheduleChange(long id) {
        return Optional.ofNullable(em.find(ScheduleChange.class, id));
    }

    @Override
    public boolean claimScheduleChange(long id, Instant now) {
        return claim("schedule_change", id, now);
    }

    @Override
    public List<Account> members(long cohortId, List<EnrolmentStatus> statuses) {
        return em.createQuery(
                        "SELECT e.member FROM Enrolment e WHERE e.cohort.id = :cohort AND e.status IN :statuses"
                                + " ORDER BY e.createdAt, e.id",
                        Account.class)
                .setParameter("cohort", cohortId)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public List<Account> presentAt(long sessionId) {
        return em.createQuery(
                        "SELECT a.member FROM Attendance a WHERE a.session.id = :session AND a.status = :present"
                                + " ORDER BY a.member.name",
                        Account.class)
                .setParameter("session", sessionId)
                .setParameter("present", AttendanceStatus.PRESENT)
                .getResultList();
    }

    @Override
    public List<Session> sessionsStarting(LocalDateTime from, LocalDateTime to) {
        return em.createQuery(
                        "SELECT s FROM Session s WHERE s.startsAt >= :from AND s.startsAt < :to"
                                + " AND s.cancelled = FALSE AND s.cohort.status IN :live ORDER BY s.startsAt",
                        Session.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("live", List.of(CohortStatus.OPEN, CohortStatus.RUNNING))
                .getResultList();
    }

    @Override
    public boolean recordReminder(long sessionId, long accountId, String kind, Instant now) {
        Number before = (Number) em.createNativeQuery("SELECT COUNT(*) FROM reminder_sent"
                        + " WHERE session_id = ? AND account_id = ? AND reminder_kind = ?")
                .setParameter(1, sessionId)
                .setParameter(2, accountId)
                .setParameter(3, kind)
                .getSingleResult();
        if (before.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO reminder_sent (session_id, account_id, reminder_kind, sent_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, sessionId)
                .setParameter(2, accountId)
                .setParameter(3, kind)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate();
        return true;
    }

    private List<Long> ids(String sql, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).setMaxResults(limit).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    private boolean claim(String table, long id, Instant now) {
        return em.createNativeQuery("UPDATE " + table + " SET notified_at = ? WHERE id = ? AND notified_at IS NULL")
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, id)
                        .executeUpdate()
                == 1;
    }
}
