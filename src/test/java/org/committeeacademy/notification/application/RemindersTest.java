package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.persistence.TestSources;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reminder job on the demo data: the running course meets today at 10:00 in Bonn. */
@DatabaseTest
class RemindersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static TestDatabase db;

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(TODAY);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void confirmedMembersAndTrainersAreRemindedOnceHowOftenTheJobRuns() {
        List<String> reminded = new ArrayList<>();

        assertEquals(10, run(TODAY.atTime(8, 0), 48, reminded), "8 confirmed members and the 2 trainers");
        assertEquals(0, run(TODAY.atTime(8, 1), 48, reminded), "a second run sends nothing again");

        assertTrue(reminded.contains("member@example.org"));
        assertTrue(reminded.contains("trainer@example.org"));
        assertTrue(reminded.contains("jonas.becker@example.org"));
        assertEquals(10, reminded.stream().distinct().count());
    }

    @Test
    void aSessionFurtherAheadThanTheLeadTimeWaits() {
        assertEquals(0, run(TODAY.minusDays(3).atTime(9, 0), 48, new ArrayList<>()));
    }

    private static int run(java.time.LocalDateTime at, int hours, List<String> reminded) {
        AtomicInteger sent = new AtomicInteger();
        db.inTransaction(em -> {
            Reminders reminders = new Reminders();
            reminders.sources = TestSources.on(em);
            reminders.notifications = new Notifications() {
                @Override
                public boolean send(Recipient recipient, Notice notice, Map<String, ?> values, About about) {
                    assertEquals(Notice.SESSION_REMINDER, notice);
                    reminded.add(recipient.email());
                    return true;
                }
            };
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            reminders.clock = Clock.fixed(at.atZone(berlin).toInstant(), berlin);
            sent.set(reminders.remindDue(hours));
        });
        return sent.get();
    }
}
