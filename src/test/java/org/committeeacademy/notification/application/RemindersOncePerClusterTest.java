package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.goal.application.GoalCheckIns;
import org.committeeacademy.goal.persistence.JpaGoalRepository;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.persistence.JpaCheckInRemindersSent;
import org.committeeacademy.project.application.ProjectCheckIns;
import org.committeeacademy.project.persistence.JpaProjectRepository;
import org.committeeacademy.shared.MutableClock;
import org.committeeacademy.shared.application.JobLeases;
import org.committeeacademy.shared.application.ScheduledJobGuard;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.JpaJobLeases;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two instances of a cluster on one database (on PostgreSQL too, when the build runs the tests there): their timers
 * fire at the same moments, and the job lease lets only one of them run the reminder job each time, so every due
 * reminder is mailed exactly once. When the instance holding the lease dies, the other takes the job over once the
 * lease has expired, and mails what falls due from then on, again once.
 */
@DatabaseTest
class RemindersOncePerClusterTest {

    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 23);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final List<String> mails = Collections.synchronizedList(new ArrayList<>());
    private final MutableClock leaseClock = new MutableClock(Instant.parse("2027-06-11T08:00:00Z"));
    private volatile LocalDate today = DEMO_DAY.plusDays(200);

    @Test
    void eachDueReminderIsMailedOnceAndASurvivorTakesTheJobOver() throws Exception {
        try (TestDatabase db = DemoDatabase.loadedOn(DEMO_DAY)) {
            Instance first = new Instance(db, "first");
            Instance second = new Instance(db, "second");

            assertEquals(1, tick(first, second), "one of the two runs the job");
            assertEquals(1, goalMails().size(), mails.toString());
            int afterFirst = mails.size();
            leaseClock.advance(Duration.ofMinutes(1));
            assertEquals(1, tick(first, second), "again one, the lease's holder");
            assertEquals(afterFirst, mails.size(), "nothing new was due: " + mails);
            Instance holder = first.runs.get() == 2 ? first : second;
            Instance survivor = holder == first ? second : first;
            assertEquals(2, holder.runs.get(), "the holder keeps the job while it renews its lease");

            // the holder dies: until its lease expires, nobody runs the job
            leaseClock.advance(Duration.ofMinutes(1));
            assertEquals(0, tick(survivor));
            leaseClock.advance(JobLeases.DURATION);
            today = DEMO_DAY.plusDays(400); // the 12-month check-in is due now
            assertEquals(1, tick(survivor), "the survivor has taken the expired lease over");
            assertEquals(1, tick(survivor));
            List<String> goals = goalMails();
            assertEquals(2, goals.size(), mails.toString());
            assertEquals(true, goals.get(0).startsWith("GOAL_CHECK_IN_DUE 6 "), goals.get(0));
            assertEquals(true, goals.get(1).startsWith("GOAL_CHECK_IN_DUE 12 "), goals.get(1));
            assertEquals(
                    mails.size(), mails.stream().distinct().count(), "no mail twice, projects' included: " + mails);
        }
    }

    private List<String> goalMails() {
        return mails.stream().filter(m -> m.startsWith("GOAL_CHECK_IN_DUE")).toList();
    }

    /** The instances' timers fire at the same moment; @return how many of them ran the job */
    private int tick(Instance... instances) throws Exception {
        CyclicBarrier together = new CyclicBarrier(instances.length);
        ExecutorService threads = Executors.newFixedThreadPool(instances.length);
        try {
            List<Future<Boolean>> ran = new ArrayList<>();
            for (Instance instance : instances) {
                ran.add(threads.submit(() -> {
                    together.await(60, TimeUnit.SECONDS);
                    return instance.timerFires();
                }));
            }
            int count = 0;
            for (Future<Boolean> r : ran) {
                count += r.get(120, TimeUnit.SECONDS) ? 1 : 0;
            }
            return count;
        } finally {
            threads.shutdownNow();
        }
    }

    /** One instance: its own lease holder name and guard, the shared database. */
    private final class Instance {
        final TestDatabase db;
        final ScheduledJobGuard guard;
        final AtomicInteger runs = new AtomicInteger();

        Instance(TestDatabase db, String name) {
            this.db = db;
            JpaJobLeases store = new JpaJobLeases(null) {
                @Override
                public boolean take(String job, String holder, Instant now, Instant until) {
                    boolean[] taken = new boolean[1];
                    db.inTransaction(em -> taken[0] = new JpaJobLeases(em).take(job, holder, now, until));
                    return taken[0];
                }
            };
            this.guard = new ScheduledJobGuard(new JobLeases(store, leaseClock, name), new NoTransaction());
        }

        boolean timerFires() throws Exception {
            int before = runs.get();
            guard.run(new TimerRun(() -> db.inTransaction(em -> {
                runs.incrementAndGet();
                CheckInReminders reminders = new CheckInReminders();
                reminders.goals = new JpaGoalRepository(em);
                reminders.remindersSent = new JpaCheckInRemindersSent(em);
                reminders.clock = Clock.fixed(today.atStartOfDay(BERLIN).toInstant(), BERLIN);
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
                        Object about = notice == Notice.GOAL_CHECK_IN_DUE ? values.get("goal") : values.get("project");
                        mails.add(notice + " " + values.get("months") + " " + about + " to " + accountId);
                        return true;
                    }
                };
                reminders.remind();
            })));
            return runs.get() > before;
        }
    }

    /** A timer run of CheckInReminders.catchUp. */
    private record TimerRun(Runnable job) implements InvocationContext {
        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            try {
                return CheckInReminders.class.getMethod("catchUp");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {}

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }

        @Override
        public Object proceed() {
            job.run();
            return null;
        }
    }

    /** The test's runs manage their own transactions. */
    private static final class NoTransaction implements TransactionSynchronizationRegistry {
        @Override
        public int getTransactionStatus() {
            return Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }

        @Override
        public Object getTransactionKey() {
            return null;
        }

        @Override
        public void putResource(Object key, Object value) {}

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {}
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
