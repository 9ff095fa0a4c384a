package org.committeeacademy.notification.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.committeeacademy.goal.application.DueCheckIn;
import org.committeeacademy.goal.application.GoalCheckIns;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.goal.domain.GoalRepository;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.persistence.JpaCheckInRemindersSent;
import org.committeeacademy.project.application.ProjectCheckIns;
import org.committeeacademy.shared.application.ScheduledJob;
import org.committeeacademy.shared.config.PublicAddress;
import org.committeeacademy.shared.domain.AcademyTime;

/**
 * Every morning (and once after start), reminds goal owners of the check-ins due at 3, 6 and 12 months after their
 * course, and the coordinators of local projects of the check-ins due as long after the project started running. Each
 * (goal or project, person, check-in) is reminded once: the row in goal_reminder_sent (project_reminder_sent) is
 * written in the same transaction as the mail, and its primary key refuses a second one.
 */
@Singleton
@ScheduledJob
public class CheckInReminders {

    private static final System.Logger LOG = System.getLogger(CheckInReminders.class.getName());

    @Inject
    GoalCheckIns checkIns;

    @Inject
    Notifications notifications;

    @Inject
    GoalRepository goals;

    @Inject
    JpaCheckInRemindersSent remindersSent;

    @Inject
    ProjectCheckIns projectCheckIns;

    Clock clock = Clock.system(AcademyTime.ZONE);

    /** Where the links in the mails lead (the configured public address). */
    Supplier<String> publicUrl = PublicAddress::withoutRequest;

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
            if (remindersSent.wasSent(due.goalId(), due.accountId(), due.checkpointMonths())) {
                continue;
            }
            Goal goal = goals.find(due.goalId()).orElse(null);
            if (goal == null) {
                continue;
            }
            remindersSent.record(due.goalId(), due.accountId(), due.checkpointMonths(), clock.instant());
            notifications.send(
                    due.accountId(),
                    Notice.GOAL_CHECK_IN_DUE,
                    Map.of("goal", goal.what(), "months", due.checkpointMonths()));
            sent++;
        }
        sent += remindProjects();
        if (sent > 0) {
            LOG.log(Level.INFO, "{0} check-in reminder(s) written", sent);
        }
        return sent;
    }

    private int remindProjects() {
        int sent = 0;
        for (ProjectCheckIns.Due due : projectCheckIns.due(LocalDate.now(clock))) {
            if (remindersSent.wasSentForProject(due.projectId(), due.accountId(), due.checkpointMonths())) {
                continue;
            }
            remindersSent.recordForProject(due.projectId(), due.accountId(), due.checkpointMonths(), clock.instant());
            notifications.send(
                    due.accountId(),
                    Notice.PROJECT_CHECK_IN_DUE,
                    Map.of(
                            "project",
                            due.title(),
                            "months",
                            due.checkpointMonths(),
                            "link",
                            publicUrl.get() + "/project/project.xhtml?id=" + due.projectId()));
            sent++;
        }
        return sent;
    }
}
