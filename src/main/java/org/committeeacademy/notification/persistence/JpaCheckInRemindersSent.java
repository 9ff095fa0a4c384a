package org.committeeacademy.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Which goal check-in reminders went out (table goal_reminder_sent). Its primary key refuses a second row for the
 * same goal, person and check-in, so a reminder recorded in the transaction of its mail is never sent twice.
 */
@ApplicationScoped
public class JpaCheckInRemindersSent {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaCheckInRemindersSent() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaCheckInRemindersSent(EntityManager em) {
        this.em = em;
    }

    public boolean wasSent(long goalId, long accountId, int checkpointMonths) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM goal_reminder_sent"
                                        + " WHERE goal_id = ? AND account_id = ? AND checkpoint_months = ?")
                                .setParameter(1, goalId)
                                .setParameter(2, accountId)
                                .setParameter(3, checkpointMonths)
                                .getSingleResult())
                        .intValue()
                > 0;
    }

    public void record(long goalId, long accountId, int checkpointMonths, Instant sentAt) {
        em.createNativeQuery("INSERT INTO goal_reminder_sent (goal_id, account_id, checkpoint_months, sent_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, goalId)
                .setParameter(2, accountId)
                .setParameter(3, checkpointMonths)
                .setParameter(4, Timestamp.from(sentAt))
                .executeUpdate();
    }

    /** The same for a local project's check-in (table project_reminder_sent). */
    public boolean wasSentForProject(long projectId, long accountId, int checkpointMonths) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM project_reminder_sent"
                                        + " WHERE project_id = ? AND account_id = ? AND checkpoint_months = ?")
                                .setParameter(1, projectId)
                                .setParameter(2, accountId)
                                .setParameter(3, checkpointMonths)
                                .getSingleResult())
                        .intValue()
                > 0;
    }

    public void recordForProject(long projectId, long accountId, int checkpointMonths, Instant sentAt) {
        em.createNativeQuery("INSERT INTO project_reminder_sent (project_id, account_id, checkpoint_months, sent_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, projectId)
                .setParameter(2, accountId)
                .setParameter(3, checkpointMonths)
                .setParameter(4, Timestamp.from(sentAt))
                .executeUpdate();
    }
}
