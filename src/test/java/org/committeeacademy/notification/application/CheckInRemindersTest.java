package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.goal.application.GoalCheckIns;
import org.committeeacademy.goal.persistence.JpaGoalRepository;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.persistence.JpaCheckInRemindersSent;
import org.committeeacademy.project.application.ProjectCheckIns;
import org.committeeacademy.project.persistence.JpaProjectRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The demo's accepted goal (course ended about eleven weeks before the demo's day, 3-month check-in already
 * recorded): half a year later its 6-month check-in is due and reminded exactly once, however often the job runs; so
 * are the demo project's 3- and 6-month check-ins (it started running 100 days before the demo's day).
 */
@DatabaseTest
class CheckInRemindersTest {

    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 23);

    @Test
    void aDueCheckInIsRemindedOnceAndARecordedOneNever() throws Exception {
        try (TestDatabase db = DemoDatabase.loadedOn(DEMO_DAY)) {
            List<String> sent = new ArrayList<>();
            int[] runs = new int[3];
            for (int run = 0; run < 3; run++) {
                int r = run;
                db.inTransaction(em -> {
                    CheckInReminders reminders = new CheckInReminders();
                    reminders.goals = new JpaGoalRepository(em);
                    reminders.remindersSent = new JpaCheckInRemindersSent(em);
                    reminders.clock = Clock.fixed(
                            DEMO_DAY.plusDays(200)
                                    .atStartOfDay(ZoneId.of("Europe/Berlin"))
                                    .toInstant(),
                            ZoneId.of("Europe/Berlin"));
                    GoalCheckIns checkIns = new GoalCheckIns();
                    setField(checkIns, "goals", new JpaGoalRepository(em));
                    reminders.checkIns = checkIns;
                    ProjectCheckIns projectCheckIns = new ProjectCheckIns();
                    setField(projectCheckIns, "projects", new JpaProjectRepository(em));
                    reminders.projectCheckIns = projectCheckIns;
                    reminders.publicUrl = () -> "https://academy.example";
                    reminders.notifications = new Notifications() {
                        @Override
                        public boolean send(long accountId, Notice notice, Map<String, ?> values) {
                            Object about = notice == Notice.GOAL_CHECK_IN_DUE
                                    ? values.get("goal")
                                    : values.get("project") + " " + values.get("link");
                            sent.add(notice + " " + values.get("months") + " " + about);
                            return true;
                        }
                    };
                    runs[r] = reminders.remind();
                });
            }
            assertEquals(3, runs[0], sent.toString());
            assertEquals(0, runs[1]);
            assertEquals(0, runs[2]);
            assertEquals(3, sent.size());
            assertEquals(true, sent.get(0).startsWith("GOAL_CHECK_IN_DUE 6 "), sent.get(0));
            String link = " https://academy.example/project/project.xhtml?id=";
            assertTrue(
                    sent.get(1).startsWith("PROJECT_CHECK_IN_DUE 3 Bank und Beet am Rheinufer" + link),
                    "the demo project's coordinator, for both check-ins that came (it runs since 100 days before): "
                            + sent);
            assertTrue(sent.get(2).startsWith("PROJECT_CHECK_IN_DUE 6 Bank und Beet am Rheinufer" + link), sent.get(2));
        }
    }

    private static void setField(Object target, String name, Object value) {
        try {
            java.lang.reflect.Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
