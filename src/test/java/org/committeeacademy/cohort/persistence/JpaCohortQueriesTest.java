package org.committeeacademy.cohort.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.cohort.application.SessionOverview;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.enrolment.persistence.JpaEnrolmentFigures;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The home pages' queries against the demo data set. */
@DatabaseTest
class JpaCohortQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static TestDatabase db;

    private EntityManager em;
    private JpaCohortQueries queries;

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(TODAY);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void setUp() {
        em = db.entityManager();
        queries = new JpaCohortQueries(em, new JpaEnrolmentFigures(em));
    }

    private long accountId(String email) {
        return new JpaAccountRepository(em).findByEmail(email).orElseThrow().id();
    }

    @Test
    void theOpenCohortShowsItsFreeSeatsAndFirstDate() {
        List<CohortOverview> open = queries.cohorts(EnumSet.of(CohortStatus.OPEN));

        assertEquals(1, open.size());
        CohortOverview cohort = open.get(0);
        assertEquals("Köln – Frühjahrskurs", cohort.title());
        assertEquals(2, cohort.confirmed());
        assertEquals(6, cohort.freeSeats());
        assertEquals(TODAY.plusDays(35).atTime(LocalTime.of(10, 0)), cohort.firstSession());
    }

    @Test
    void theRunningCohortIsFullWithOneOnTheWaitingList() {
        CohortOverview running =
                queries.cohorts(EnumSet.of(CohortStatus.RUNNING)).get(0);

        assertEquals(8, running.confirmed());
        assertEquals(1, running.waitlisted());
        assertEquals(100, running.fillPercent());
    }

    @Test
    void thePeriodFilterKeepsCohortsWithASessionThatTakesPlaceInIt() {
        List<String> soon = queries
                .cohorts(new org.committeeacademy.cohort.application.CohortFilter(
                        null, null, null, TODAY.plusDays(30), TODAY.plusDays(40)))
                .stream()
                .map(CohortOverview::title)
                .toList();
        assertEquals(List.of("Köln – Frühjahrskurs"), soon);
        assertEquals(
                List.of(),
                queries.cohorts(new org.committeeacademy.cohort.application.CohortFilter(
                        null, null, null, TODAY.plusYears(20), TODAY.plusYears(21))));
    }

    @Test
    void theDemoTrainerTeachesASessionToday() {
        List<SessionOverview> sessions =
                queries.sessionsTaughtBy(accountId("trainer@example.org"), TODAY.atStartOfDay(), 20);

        SessionOverview first = sessions.get(0);
        assertTrue(first.isOn(TODAY), "first session is today");
        assertEquals("Bonn – Samstagsreihe", first.cohortTitle());
        assertEquals(8, first.rosterSize());
        assertTrue(sessions.stream().allMatch(s -> !s.start().toLocalDate().isBefore(TODAY)));
    }

    @Test
    void theDemoMemberIsConfirmedInTodaysSession() {
        long member = accountId("member@example.org");

        List<SessionOverview> next = queries.sessionsAttendedBy(member, TODAY.atStartOfDay(), 20);
        assertTrue(next.get(0).isOn(TODAY));
        assertEquals(2, queries.cohortsOf(member).size(), "the running and the completed cohort");
    }
}
