package org.committeeacademy.dashboard.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.attendance.domain.Attendance;
import org.committeeacademy.attendance.domain.AttendanceStatus;
import org.committeeacademy.attendance.domain.CorrectionWindow;
import org.committeeacademy.cohort.persistence.JpaCohortRepository;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counts each session keeps of its participants by status (V58), against the attendance records themselves: on
 * the demo data, after a staff correction and a withdrawn apology, and as the migration fills them.
 */
@DatabaseTest
class SessionAttendanceCountsTest {

    private static final String KEPT =
            "SELECT s.id, s.present_count, s.absent_count, s.excused_count" + " FROM cohort_session s ORDER BY s.id";
    private static final String LIVE = "SELECT s.id,"
            + " (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.status = 'PRESENT'),"
            + " (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.status = 'ABSENT'),"
            + " (SELECT COUNT(*) FROM attendance a WHERE a.session_id = s.id AND a.status = 'EXCUSED')"
            + " FROM cohort_session s ORDER BY s.id";

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
    void eachSessionsCountsFollowMarksCorrectionsAndApologies() {
        assertKeptCountsAreLiveCounts();
        long marked = attendanceId("a.status = 'PRESENT' AND a.apology_sent_at IS NULL");
        long apology = attendanceId("a.apology_sent_at IS NOT NULL");
        db.inTransaction(em -> {
            Attendance present = em.find(Attendance.class, marked);
            new JpaCohortRepository(em).lockSession(present.session().id());
            LocalDate later = present.session().start().toLocalDate().plusDays(60);
            present.mark(
                    AttendanceStatus.ABSENT, present.member(), true, new CorrectionWindow(14), later, Instant.now());
            Attendance excused = em.find(Attendance.class, apology);
            excused.withdrawApology(excused.session().start().minusHours(1), Instant.now());
        });
        assertKeptCountsAreLiveCounts();
    }

    @Test
    void theMigrationFillsTheCountsFromTheStoredAttendance() {
        db.inTransaction(em -> {
            em.createNativeQuery("UPDATE cohort_session SET present_count = 0, absent_count = 0, excused_count = 0")
                    .executeUpdate();
            em.createNativeQuery(migrationUpdate()).executeUpdate();
        });
        assertKeptCountsAreLiveCounts();
    }

    private static String migrationUpdate() {
        List<String> updates = TestDatabase.updatesOfMigration("V58__session_attendance_counts.sql");
        assertEquals(1, updates.size());
        return updates.get(0);
    }

    private static long attendanceId(String condition) {
        EntityManager em = db.entityManager();
        try {
            List<?> ids = em.createNativeQuery("SELECT MIN(a.id) FROM attendance a WHERE " + condition)
                    .getResultList();
            assertFalse(ids.isEmpty() || ids.get(0) == null, "the demo data has attendance where " + condition);
            return ((Number) ids.get(0)).longValue();
        } finally {
            em.close();
        }
    }

    private static void assertKeptCountsAreLiveCounts() {
        List<String> live = db.numberRows(LIVE);
        assertFalse(live.stream().allMatch(r -> r.endsWith(", 0, 0, 0]")), "the demo data has attendance");
        assertEquals(live, db.numberRows(KEPT));
    }
}
