package org.committeeacademy.notification.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.committeeacademy.goal.application.DueCheckIn;
import org.committeeacademy.goal.application.GoalCheckIns;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.shared.application.ScheduledJob;

/**
 * Every morning (and once after start), reminds goal owners of the check-ins due at 3, 6 and 12 months after their
 * course. Each (goal, person, check-in) is reminded once: the row in goal_reminder_sent is written in the same
 * transaction as the mail, and its primary key refuses a second one.
 */
@Singleton
@ScheduledJob
public class CheckInReminders {

    private static final System.Logger LOG = System.getLogger(CheckInReminders.class.getName());

    @Inject
    GoalCheckIns checkIns;

    @Inject
    Notifications notifications;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    Clock clock = Clock.system(MailValues.ZONE);

    @Schedule(hour = "7", minute = "5", persistent = false)
    public void daily() {
        remind();
    }

    @Schedule(hour = "*", minute = "*/30", persistent = false)
    public void catchUp() {
        remind();
    }

    /** @return how many reminders were written */
    public int remind() {
        int sent = 0;
        for (DueCheckIn due : checkIns.due(LocalDate.now(clock))) {
            if (alreadySent(due)) {
                continue;
            }
            Goal goal = em.find(Goal.class, due.goalId());
            if (goal == null) {
                continue;
            }
            em.createNativeQuery("INSERT INTO goal_reminder_sent (goal_id, account_id, checkpoint_months, sent_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .setParameter(1, due.goalId())
                    .setParameter(2, due.accountId())
                    .setParameter(3, due.checkpointMonths())
                    .setParameter(4, Timestamp.from(clock.instant()))
                    .executeUpdate();
            notifications.send(
                    due.accountId(),
                    Notice.GOAL_CHECK_IN_DUE,
                    Map.of("goal", goal.what(), "months", due.checkpointMonths()));
            sent++;
        }
        if (sent > 0) {
            LOG.log(Level.INFO, "{0} goal check-in reminder(s) written", sent);
        }
        return sent;
    }

    private boolean alreadySent(DueCheckIn due) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM goal_reminder_sent"
                                        + " WHERE goal_id = ? AND account_id = ? AND checkpoint_months = ?")
                                .setParameter(1, due.goalId())
                                .setParameter(2, due.accountId())
                                .setParameter(3, due.checkpointMonths())
                                .getSingleResult())
                        .intValue()
                > 0;
    }
}
