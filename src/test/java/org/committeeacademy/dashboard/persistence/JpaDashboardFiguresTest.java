package org.committeeacademy.dashboard.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.committeeacademy.dashboard.domain.CohortFigures;
import org.committeeacademy.dashboard.domain.CommitteeGoals;
import org.committeeacademy.dashboard.domain.DashboardFilter;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's queries on Derby against the demo data set. */
@DatabaseTest
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

    private Set<Long> idsOf(DashboardFilter filter) {
        return figures.cohorts(filter, TODAY.atTime(12, 0)).stream()
                .map(CohortFigures::cohortId)
                .collect(Collectors.toSet());
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
        long total = figures.goals(ids).checkIns().total();
        assertEquals(0, figures.goals(Set.of()).checkIns().total());
        assertTrue(total >= 0);
    }

    @Test
    void committeeGoalLinesComeFromConfirmedMembersOfTheCohortsAskedAndTheOrganisation() {
        Set<Long> ids = all().stream().map(CohortFigures::cohortId).collect(Collectors.toSet());
        DashboardFilter filter = new DashboardFilter(null, null, TODAY.minusYears(2), TODAY.plusYears(2));
        List<CommitteeGoals.Line> lines = figures.goals(ids).committeeLines();
        assertEquals(List.of(), figures.goals(Set.of()).committeeLines());
        assertTrue(lines.stream().allMatch(l -> l.committee() != null && l.goals() > 0));
        long bonn = ((Number) em.createNativeQuery("SELECT id FROM organisation WHERE name = 'VHS Bonn'")
                        .getSingleResult())
                .longValue();
        long koeln = ((Number) em.createNativeQuery("SELECT id FROM organisation WHERE name = 'VHS Köln'")
                        .getSingleResult())
                .longValue();
        int inBonn = figures.goals(idsOf(filter.withinOrganisation(bonn)))
                .committeeLines()
                .size();
        int inKoeln = figures.goals(idsOf(filter.withinOrganisation(koeln)))
                .committeeLines()
                .size();
        assertEquals(lines.size(), inBonn + inKoeln, "every goal belongs to a cohort of one organisation");
    }

    /**
     * Each cohort's counts and the goal lines, read by the counted tables' own cohort columns (V55), against the one
     * joined query per figure they replaced: the same numbers for every cohort of the demo data.
     */
    @Test
    void theFiguresMatchTheJoinedQueriesTheyReplaced() {
        List<CohortFigures> all = all();
        assertFalse(all.isEmpty());
        assertTrue(all.stream().anyMatch(c -> c.certificates() > 0), "the demo data has a certificate");
        for (CohortFigures c : all) {
            Object[] e = (Object[]) em.createNativeQuery("SELECT"
                            + " SUM(CASE WHEN e.status IN ('CONFIRMED', 'COMPLETED') THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN e.status = 'WAITLISTED' THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN e.status = 'COMPLETED' OR (e.status = 'CONFIRMED' AND ct.id IS NOT NULL)"
                            + " THEN 1 ELSE 0 END), SUM(CASE WHEN ct.id IS NULL THEN 0 ELSE 1 END)"
                            + " FROM enrolment e LEFT JOIN certificate ct ON ct.cohort_id = e.cohort_id"
                            + " AND ct.member_id = e.member_id AND ct.revoked_at IS NULL WHERE e.cohort_id = ?")
                    .setParameter(1, c.cohortId())
                    .getSingleResult();
            String what = c.title();
            assertEquals(count(e[0]), c.confirmed(), what);
            assertEquals(count(e[1]), c.waiting(), what);
            assertEquals(count(e[2]), c.completed(), what);
            assertEquals(count(e[3]), c.certificates(), what);
            Object[] a = (Object[]) em.createNativeQuery("SELECT SUM(CASE WHEN a.status = 'PRESENT' THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN a.status = 'ABSENT' THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN a.status = 'EXCUSED' THEN 1 ELSE 0 END)"
                            + " FROM attendance a JOIN cohort_session s ON s.id = a.session_id"
                            + " WHERE s.cohort_id = ? AND s.cancelled = FALSE AND s.starts_at <= ?")
                    .setParameter(1, c.cohortId())
                    .setParameter(2, java.sql.Timestamp.valueOf(TODAY.atTime(12, 0)))
                    .getSingleResult();
            assertEquals(count(a[0]), c.present(), what);
            assertEquals(count(a[1]), c.absent(), what);
            assertEquals(count(a[2]), c.excused(), what);
        }
        Set<Long> ids = all.stream().map(CohortFigures::cohortId).collect(Collectors.toSet());
        List<?> joined = em.createNativeQuery("SELECT cm.id, gl.owner_id, gl.id, g.attainment, w.cohort_id FROM goal gl"
                        + " JOIN worksheet w ON w.id = gl.worksheet_id"
                        + " JOIN committee_membership m ON m.account_id = gl.owner_id AND m.status = 'CONFIRMED'"
                        + " JOIN committee cm ON cm.id = m.committee_id"
                        + " LEFT JOIN goal_check_in g ON g.goal_id = gl.id")
                .getResultList();
        // per committee member: distinct goals, check-ins, check-ins at 0 or more (the lines now come per owner)
        Map<String, Set<Object>> goalsOf = new TreeMap<>();
        Map<String, int[]> checkInsOf = new TreeMap<>();
        for (Object row : joined) {
            Object[] r = (Object[]) row;
            if (ids.contains(((Number) r[4]).longValue())) {
                String who = r[0] + "/" + r[1];
                goalsOf.computeIfAbsent(who, k -> new HashSet<>()).add(r[2]);
                int[] counts = checkInsOf.computeIfAbsent(who, k -> new int[2]);
                if (r[3] != null) {
                    counts[0]++;
                    counts[1] += ((Number) r[3]).intValue() >= 0 ? 1 : 0;
                }
            }
        }
        List<String> expected = goalsOf.keySet().stream()
                .map(who -> who + "/" + goalsOf.get(who).size() + "/"
                        + checkInsOf.get(who)[0] + "/" + checkInsOf.get(who)[1])
                .sorted()
                .toList();
        List<String> lines = figures.goals(ids).committeeLines().stream()
                .map(l -> l.committeeId() + "/" + l.owner() + "/" + l.goals() + "/" + l.checkIns() + "/" + l.reached())
                .sorted()
                .toList();
        assertFalse(expected.isEmpty(), "the demo data has goals of committee members");
        assertEquals(expected, lines);
    }

    private static int count(Object sum) {
        return sum == null ? 0 : ((Number) sum).intValue();
    }
}
