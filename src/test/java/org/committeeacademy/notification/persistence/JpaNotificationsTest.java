package org.committeeacademy.notification.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.notification.domain.Attachment;
import org.committeeacademy.notification.domain.DeliveryStatus;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.notification.domain.OutboxFilter;
import org.committeeacademy.notification.domain.OutboxMessage;
import org.committeeacademy.notification.domain.Subscription;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The outbox, the change sources and the reminder record against the demo data set on Derby. */
@DatabaseTest
class JpaNotificationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
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
    void theDemoLeavesOnlyTheRecentEnrolmentsInTheOpenCourseToBeMailed() {
        EntityManager em = db.entityManager();
        List<String> pendingCohorts = em.createQuery(
                        "SELECT c.enrolment.cohort.title FROM EnrolmentChange c WHERE c.notifiedAt IS NULL",
                        String.class)
                .getResultList();
        long recent = em.createQuery(
                        "SELECT COUNT(c) FROM EnrolmentChange c WHERE c.enrolment.cohort.title = :t", Long.class)
                .setParameter("t", "Köln – Frühjahrskurs")
                .getSingleResult();

        assertEquals(2, recent);
        assertTrue(pendingCohorts.stream().allMatch("Köln – Frühjahrskurs"::equals), pendingCohorts.toString());
        assertEquals(List.of(), sources(s -> s.unnotifiedScheduleChanges(100)));
    }

    @Test
    void aChangeIsClaimedOnlyOnce() {
        long id = sources(s -> s.unnotifiedEnrolmentChanges(1)).get(0);

        assertEquals(true, sources(s -> s.claimEnrolmentChange(id, NOW)));
        assertEquals(false, sources(s -> s.claimEnrolmentChange(id, NOW)), "a second worker gets nothing to send");
    }

    @Test
    void aMailIsClaimedForSendingOnlyOnceAndAnAbandonedClaimIsReleased() {
        long id = stored(new Mail("Termin", "Text", "<p>Text</p>", List.of())
                .withAttachment(new Attachment("kurs.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(UTF8))));
        assertTrue(outbox(o -> o.due(NOW.plusSeconds(1), 1000)).contains(id));

        assertEquals(true, outbox(o -> o.claim(id, NOW.plus(Duration.ofMinutes(10)))));
        assertEquals(false, outbox(o -> o.claim(id, NOW.plus(Duration.ofMinutes(10)))), "never sent twice");
        assertFalse(outbox(o -> o.due(NOW.plusSeconds(1), 1000)).contains(id));

        assertEquals(0, (int) outbox(o -> o.releaseExpiredLeases(NOW.plus(Duration.ofMinutes(5)))));
        assertTrue(outbox(o -> o.releaseExpiredLeases(NOW.plus(Duration.ofMinutes(11)))) >= 1);
        assertTrue(outbox(o -> o.due(NOW.plus(Duration.ofMinutes(11)), 1000)).contains(id));

        OutboxMessage again = outbox(o -> o.find(id).orElseThrow());
        assertEquals(DeliveryStatus.PENDING, again.status());
        assertArrayEquals(
                "BEGIN:VCALENDAR".getBytes(UTF8),
                again.mail().attachments().get(0).content());
    }

    @Test
    void finishedMailsAreDeletedAfterTheKeepingPeriodButUnsentOnesStay() {
        long held = stored(new Mail("alt", "t", "<p>t</p>", List.of()), "alt@example.org", false);
        long pending = stored(new Mail("offen", "t", "<p>t</p>", List.of()), "alt@example.org", true);

        assertEquals(0, (int) outbox(o -> o.deleteFinishedBefore(NOW.minusSeconds(1))), "nothing is old enough yet");
        assertTrue(outbox(o -> o.deleteFinishedBefore(NOW.plusSeconds(1))) >= 1);

        assertTrue(outbox(o -> o.find(held)).isEmpty(), "the held mail is gone, with its attachments");
        assertTrue(outbox(o -> o.find(pending)).isPresent(), "a mail still to be sent is never deleted");
    }

    @Test
    void theListIsNewestFirstAndFiltersByStatusAndRecipient() {
        long older = stored(new Mail("eins", "t", "<p>t</p>", List.of()), "liste@example.org");
        long newer = stored(new Mail("zwei", "t", "<p>t</p>", List.of()), "liste@example.org");

        List<OutboxMessage> mine = outbox(o -> o.page(new OutboxFilter(null, " Liste@Example.org "), 0, 10));
        assertEquals(List.of(newer, older), mine.stream().map(OutboxMessage::id).toList());
        assertEquals(
                List.of(older),
                outbox(o -> o.page(new OutboxFilter(null, "liste@example.org"), 1, 1)).stream()
                        .map(OutboxMessage::id)
                        .toList(),
                "the second page of one");
        assertEquals(2L, (long) outbox(o -> o.count(new OutboxFilter(DeliveryStatus.PENDING, "liste@example.org"))));
        assertEquals(0L, (long) outbox(o -> o.count(new OutboxFilter(DeliveryStatus.SENT, "liste@example.org"))));
    }

    @Test
    void aReminderIsRecordedOncePerSessionPersonAndKind() {
        Session today = sources(s -> s.sessionsStarting(
                        TODAY.atStartOfDay(), TODAY.plusDays(2).atStartOfDay()))
                .get(0);
        long member = db.entityManager()
                .createQuery("SELECT a.id FROM Account a WHERE a.email = 'member@example.org'", Long.class)
                .getSingleResult();

        assertEquals(true, sources(s -> s.recordReminder(today.id(), member, "TEST", NOW)));
        assertEquals(false, sources(s -> s.recordReminder(today.id(), member, "TEST", NOW)));
        assertEquals(true, sources(s -> s.recordReminder(today.id(), member, "OTHER", NOW)));
    }

    @Test
    void preferencesReplaceWhatWasTurnedOff() {
        long member = db.entityManager()
                .createQuery("SELECT a.id FROM Account a WHERE a.email = 'olena.kovalenko@example.org'", Long.class)
                .getSingleResult();
        preferences(p -> {
            p.replace(member, EnumSet.of(Subscription.SESSION_REMINDERS, Subscription.GROUP_MESSAGES));
            return null;
        });
        preferences(p -> {
            p.replace(member, EnumSet.of(Subscription.GOAL_CHECK_INS));
            return null;
        });

        assertEquals(Set.of(Subscription.GOAL_CHECK_INS), preferences(p -> p.optedOut(member)));
    }

    private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

    private static long stored(Mail mail) {
        return stored(mail, "claim@example.org");
    }

    private static long stored(Mail mail, String email) {
        return stored(mail, email, true);
    }

    private static long stored(Mail mail, String email, boolean deliver) {
        AtomicLong id = new AtomicLong();
        db.inTransaction(em -> {
            OutboxMessage m = new OutboxMessage(null, email, Language.DE, Notice.CANCELLED, mail, deliver, NOW);
            em.persist(m);
            em.flush();
            id.set(m.id());
        });
        return id.get();
    }

    private static <T> T sources(Function<JpaNotificationSources, T> work) {
        return inTransaction(em -> {
            JpaNotificationSources sources = new JpaNotificationSources();
            sources.em = em;
            return work.apply(sources);
        });
    }

    private static <T> T outbox(Function<JpaOutbox, T> work) {
        return inTransaction(em -> {
            JpaOutbox outbox = new JpaOutbox();
            outbox.em = em;
            return work.apply(outbox);
        });
    }

    private static <T> T preferences(Function<JpaPreferences, T> work) {
        return inTransaction(em -> {
            JpaPreferences preferences = new JpaPreferences();
            preferences.em = em;
            return work.apply(preferences);
        });
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        Object[] result = new Object[1];
        db.inTransaction(em -> {
            result[0] = work.apply(em);
            if (result[0] instanceof OutboxMessage m) {
                m.mail().attachments().size();
            }
        });
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
