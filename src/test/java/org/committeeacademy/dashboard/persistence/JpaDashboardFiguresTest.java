package org.committeeacademy.dashboard.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.dashboard.domain.CohortFigures;
import org.committeeacademy.dashboard.domain.CommitteeGoals;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's queries on Derby against the demo data set. */
class JpaDashboardFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static TestDatabase db;

    private EntityManager em;
    private JpaDashboardFigures figures;

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(TODAY);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void open() {
        em = db.entityManager();
        figures = new JpaDashboardFigures(em);
    }

    @AfterEach
    void close() {
        em.close();
    }

    private List<CohortFigures> all() {
        return figures.cohorts(
                new DashboardFilter(null, null, TODAY.minusYears(2), TODAY.plusYears(2)), TODAY.atTime(12, 0));
    }

    @Test
    void theFullCohortInBonnHasAllSeatsTakenAndOnePersonWaiting() {
        CohortFigures bonn = cohort("Bonn – Samstagsreihe");
        assertEquals(8, bonn.capacity());
        assertEquals(8, bonn.seatsTaken());
        assertEquals(1.0, bonn.fillRate());
        assertEquals(1, bonn.waiting());
        assertTrue(bonn.recorded() > 0, "the running cohort has held sessions with attendance");
    }

    @Test
    void theSummerCohortHasEndedAndHasACompletionRate() {
        CohortFigures summer = cohort("Bonn – Sommerkurs");
        assertTrue(summer.ended());
        assertTrue(summer.completionRate() != null);
        assertEquals(null, cohort("Bonn – Samstagsreihe").completionRate(), "running: not yet");
    }

    private CohortFigures cohort(String title) {
        return all().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aPeriodWithoutCohortsGivesNothing() {
        assertTrue(figures.cohorts(
                        new DashboardFilter(null, null, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)),
                        TODAY.atTime(12, 0))
                .isEmpty());
    }

    @Test
    void aVenueNarrowsToItsCohorts() {
        List<CohortFigures> all = all();
        long venue = all.get(0).venueId();
        List<CohortFigures> one = figures.cohorts(
                new DashboardFilter(null, venue, TODAY.minusYears(2), TODAY.plusYears(2)), TODAY.atTime(12, 0));
        assertFalse(one.isEmpty());
        assertTrue(one.stream().allMatch(c -> c.venueId() == venue));
        assertTrue(one.size() <= all.size());
    }

    @Test
    void checkInsAreCountedForTheCohortsAsked() {
        List<CohortFigures> all = all();
        Set<Long> ids = all.stream().map(CohortFigures::cohortId).collect(Collectors.toSet());
        DashboardFilter filter = new DashboardFilter(null, null, TODAY.minusYears(2), TODAY.plusYears(2));
        long total = figures.checkIns(filter, ids).total();
        assertEquals(0, figures.checkIns(filter, Set.of()).total());
        assertTrue(total >= 0);
    }

    @Test
    void committeeGoalLinesComeFromConfirmedMembersOfTheCohortsAskedAndTheOrganisation() {
        Set<Long> ids = all().stream().map(CohortFigures::cohortId).collect(Collectors.toSet());
        DashboardFilter filter = new DashboardFilter(null, null, TODAY.minusYears(2), TODAY.plusYears(2));
        List<CommitteeGoals.Line> lines = figures.committeeGoals(filter, ids);
        assertEquals(List.of(), figures.committeeGoals(filter, Set.of()));
        assertTrue(lines.stream().allMatch(l -> l.committee() != null && l.goal() > 0));
        long bonn = ((Number) em.createNativeQuery("SELECT id FROM organisation WHERE name = 'VHS Bonn'")
                        .getSingleResult())
                .longValue();
        long koeln = ((Number) em.createNativeQuery("SELECT id FROM organisation WHERE name = 'VHS Köln'")
                        .getSingleResult())
                .longValue();
        int inBonn =
                figures.committeeGoals(filter.withinOrganisation(bonn), ids).size();
        int inKoeln =
                figures.committeeGoals(filter.withinOrganisation(koeln), ids).size();
        assertEquals(lines.size(), inBonn + inKoeln, "every goal belongs to a cohort of one organisation");
    }
}
