package org.committeeacademy.cohort.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.EnrolmentFigures;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.enrolment.persistence.JpaEnrolmentFigures;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.RecordedSql;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.venue.domain.Room;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clash candidates and room history queries against the demo data set (a running cohort meets today in B06). */
@DatabaseTest
class JpaCohortRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static TestDatabase db;

    private EntityManager em;
    private JpaCohortRepository repository;

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(TODAY, RecordedSql.properties());
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void setUp() {
        em = db.entityManager();
        repository = new JpaCohortRepository(em);
    }

    private Room room(String name) {
        return em.createQuery("SELECT r FROM Room r WHERE r.name = :name", Room.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    private long trainer(String email) {
        return new JpaAccountRepository(em).findByEmail(email).orElseThrow().id();
    }

    private static LocalDateTime today(int hour) {
        return TODAY.atTime(hour, 0);
    }

    @Test
    void findsTheSessionInTheRoomThatOverlapsButNotOneThatOnlyTouches() {
        long b06 = room("B06").id();

        List<Session> overlapping = repository.bookedAt(today(15), today(18), b06, List.of());
        List<Session> touching = repository.bookedAt(today(16), today(18), b06, List.of());
        List<Session> before = repository.bookedAt(today(8), today(10), b06, List.of());

        assertEquals(1, overlapping.size());
        assertEquals("Bonn – Samstagsreihe", overlapping.get(0).cohort().title());
        assertTrue(touching.isEmpty(), "16:00 end and 16:00 start do not clash");
        assertTrue(before.isEmpty());
    }

    @Test
    void findsTheTrainersSessionsElsewhere() {
        List<Session> leyla = repository.bookedAt(today(11), today(12), null, List.of(trainer("trainer@example.org")));

        assertEquals(1, leyla.size());
        assertEquals(today(10), leyla.get(0).start());
    }

    @Test
    void aRoomWithUpcomingSessionsNamesThemAndAnUnusedRoomHasNoHistory() {
        Room b06 = room("B06");
        Room unused = room("Raum 2.14");

        List<String> upcoming = repository.upcoming(b06.id(), today(0)).stream()
                .map(s -> s.in(LocalFormats.of(Language.DE)))
                .toList();

        assertEquals(3, upcoming.size(), "today and the two modules after it: " + upcoming);
        String day = LocalFormats.of(Language.DE).date(TODAY);
        assertTrue(upcoming.get(0).startsWith("Bonn – Samstagsreihe – " + day + ", 10:00–16:00, B06"), upcoming.get(0));
        assertTrue(repository.everUsed(b06.id()));
        assertFalse(repository.everUsed(unused.id()));
        assertTrue(repository.upcoming(unused.id(), today(0)).isEmpty());
    }

    @Test
    void countsThePeopleAScheduleChangeConcerns() {
        Cohort running = em.createQuery("SELECT c FROM Cohort c WHERE c.title = :t", Cohort.class)
                .setParameter("t", "Bonn – Samstagsreihe")
                .getSingleResult();

        EnrolmentFigures figures = new JpaEnrolmentFigures(em);
        assertEquals(9, figures.peopleAffected(running.id()), "8 confirmed and 1 waiting");
        assertEquals(8, figures.seated(running.id()));
        assertEquals(1, figures.waitlisted(running.id()));
    }

    @Test
    void aCohortForItsPageReadsAllItsSessionsTrainersInOneStatement() {
        long cohortId = em.createQuery(
                        "SELECT s.cohort.id FROM Session s GROUP BY s.cohort.id ORDER BY COUNT(s) DESC", Long.class)
                .setMaxResults(1)
                .getSingleResult();
        em.clear();
        RecordedSql.clear();

        Cohort cohort = repository.findWithSessions(cohortId).orElseThrow();
        long trainers = cohort.sessions().stream()
                .mapToLong(session -> session.trainers().size())
                .sum();

        long trainerReads = RecordedSql.statements().stream()
                .filter(sql -> sql.toLowerCase(Locale.ROOT).contains("session_trainer"))
                .count();
        assertTrue(cohort.sessions().size() > 1, "the demo cohort with the most sessions has several");
        assertTrue(trainers > 0, "its sessions name trainers");
        assertEquals(1, trainerReads, RecordedSql.statements().toString());
        List<LocalDateTime> starts =
                cohort.sessions().stream().map(Session::start).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "in the order of their start, as the page lists them");
    }
}
