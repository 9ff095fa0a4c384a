package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.ScheduleChange;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.persistence.TestSources;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recorded changes become mails once, on the demo data. */
@DatabaseTest
class ChangeMailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static TestDatabase db;

    record Sent(String email, Notice notice, Map<String, ?> values) {}

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(TODAY);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void theRecentEnrolmentsAreConfirmedByMailOnce() {
        List<Sent> sent = new ArrayList<>();
        List<Long> pending = new ArrayList<>();
        db.inTransaction(em -> pending.addAll(TestSources.on(em).unnotifiedEnrolmentChanges(10)));

        pending.forEach(id -> mail(sent, mails -> mails.enrolmentChange(id)));
        pending.forEach(id -> mail(sent, mails -> mails.enrolmentChange(id)));

        assertEquals(2, sent.size(), "each change once");
        for (Sent s : sent) {
            assertEquals(Notice.ENROLMENT_CONFIRMED, s.notice());
            assertEquals("Köln – Frühjahrskurs", s.values().get("cohort"));
            assertEquals(
                    TODAY.plusDays(35).atTime(LocalTime.of(10, 0)), s.values().get("firstSession"));
            assertTrue(s.values().get("venue").toString().endsWith("Köln"));
        }
    }

    @Test
    void aCancelledSessionIsMailedToEveryoneEnrolledOrWaitingAndToTheTrainers() {
        AtomicLong change = new AtomicLong();
        db.inTransaction(em -> {
            Cohort bonn = em.createQuery("SELECT c FROM Cohort c WHERE c.title = 'Bonn – Samstagsreihe'", Cohort.class)
                    .getSingleResult();
            ScheduleChange cancelled =
                    bonn.cancelSession(bonn.sessions().get(2), 9, Instant.now()).orElseThrow();
            em.persist(cancelled);
            em.flush();
            change.set(cancelled.id());
        });
        List<Sent> sent = new ArrayList<>();

        mail(sent, mails -> mails.scheduleChange(change.get()));
        mail(sent, mails -> mails.scheduleChange(change.get()));

        assertEquals(11, sent.size(), "8 confirmed, 1 waiting, 2 trainers, once each");
        assertTrue(sent.stream().allMatch(s -> s.notice() == Notice.SESSION_CANCELLED));
        assertTrue(sent.stream().anyMatch(s -> s.email().equals("trainer@example.org")));
        String session = MailValues.format(Language.DE, sent.get(0).values().get("session"));
        assertTrue(session.contains("10:00–16:00"), session);
        assertFalse(session.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO day in the mail: " + session);
    }

    private static void mail(List<Sent> sent, java.util.function.Consumer<ChangeMails> work) {
        db.inTransaction(em -> {
            ChangeMails mails = new ChangeMails();
            mails.sources = TestSources.on(em);
            mails.messages = new Messages();
            mails.notifications = new Notifications() {
                @Override
                public boolean send(Recipient recipient, Notice notice, Map<String, ?> values, About about) {
                    sent.add(new Sent(recipient.email(), notice, values));
                    return true;
                }
            };
            work.accept(mails);
        });
    }
}
