package org.committeeacademy.dashboard.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.goal.domain.Checkpoint;
import org.committeeacademy.goal.domain.Goal;
import org.committeeacademy.goal.persistence.JpaGoalRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counts each goal keeps of its check-ins by attainment and its cohort (V57), against the check-ins and
 * worksheets themselves: on the demo data, after check-ins recorded through the goal, and as the migration fills them.
 */
@DatabaseTest
class GoalFiguresTest {

    private static final String KEPT = "SELECT gl.id, gl.cohort_id, gl.check_ins_minus_2, gl.check_ins_minus_1,"
            + " gl.check_ins_zero, gl.check_ins_plus_1, gl.check_ins_plus_2 FROM goal gl ORDER BY gl.id";
    private static final String LIVE = "SELECT gl.id, w.cohort_id,"
            + " (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = gl.id AND c.attainment = -2),"
            + " (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = gl.id AND c.attainment = -1),"
            + " (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = gl.id AND c.attainment = 0),"
            + " (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = gl.id AND c.attainment = 1),"
            + " (SELECT COUNT(*) FROM goal_check_in c WHERE c.goal_id = gl.id AND c.attainment = 2)"
            + " FROM goal gl JOIN worksheet w ON w.id = gl.worksheet_id ORDER BY gl.id";

    private static TestDatabase db;

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23));
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void eachGoalsCountsFollowItsCheckInsAsTheyAreRecorded() {
        assertKeptCountsAreLiveCounts();
        long goalId = firstGoalWithACheckIn();
        CheckInDistribution before = distribution();
        db.inTransaction(em -> {
            JpaGoalRepository goals = new JpaGoalRepository(em);
            goals.lockForCheckIn(goalId);
            Goal goal = goals.find(goalId).orElseThrow();
            goal.checkIn(goal.ownerId(), Checkpoint.SIX_MONTHS, -1, null, Instant.now());
            goal.checkIn(goal.ownerId(), Checkpoint.TWELVE_MONTHS, 2, "weiter so", Instant.now());
        });
        assertKeptCountsAreLiveCounts();
        CheckInDistribution after = distribution();
        assertEquals(before.count(-1) + 1, after.count(-1));
        assertEquals(before.count(2) + 1, after.count(2));
        assertEquals(before.total() + 2, after.total());
    }

    @Test
    void theMigrationFillsTheCountsAndCohortsFromTheStoredCheckIns() {
        firstGoalWithACheckIn();
        db.inTransaction(em -> {
            em.createNativeQuery("UPDATE goal SET cohort_id = 0, check_ins_minus_2 = 0, check_ins_minus_1 = 0,"
                            + " check_ins_zero = 0, check_ins_plus_1 = 0, check_ins_plus_2 = 0")
                    .executeUpdate();
            for (String statement : migrationUpdates()) {
                em.createNativeQuery(statement).executeUpdate();
            }
        });
        assertKeptCountsAreLiveCounts();
    }

    private static List<String> migrationUpdates() {
        List<String> updates = TestDatabase.updatesOfMigration("V57__goal_figures.sql");
        assertEquals(2, updates.size(), "the cohorts and the counts");
        return updates;
    }

    private static long firstGoalWithACheckIn() {
        EntityManager em = db.entityManager();
        try {
            List<?> ids = em.createNativeQuery("SELECT MIN(goal_id) FROM goal_check_in")
                    .getResultList();
            assertFalse(ids.isEmpty() || ids.get(0) == null, "the demo data has a goal with a check-in");
            return ((Number) ids.get(0)).longValue();
        } finally {
            em.close();
        }
    }

    private static CheckInDistribution distribution() {
        EntityManager em = db.entityManager();
        try {
            Set<Long> cohorts = new HashSet<>();
            for (Object id : em.createNativeQuery("SELECT id FROM cohort").getResultList()) {
                cohorts.add(((Number) id).longValue());
            }
            return new GoalFigures(em).goals(cohorts).checkIns();
        } finally {
            em.close();
        }
    }

    private static void assertKeptCountsAreLiveCounts() {
        EntityManager em = db.entityManager();
        try {
            List<String> kept = db.numberRows(KEPT);
            assertFalse(kept.isEmpty(), "the demo data has goals");
            assertEquals(db.numberRows(LIVE), kept);
            CheckInDistribution joined = CheckInDistribution.empty();
            for (Object row : em.createNativeQuery("SELECT attainment, COUNT(*) FROM goal_check_in GROUP BY attainment")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                joined = joined.plus(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
            }
            assertEquals(joined, distribution());
        } finally {
            em.close();
        }
    }
}
