package org.committeeacademy.audit.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.audit.application.AuditFilter;
import org.committeeacademy.audit.application.AuditLine;
import org.committeeacademy.audit.domain.AuditAction;
import org.committeeacademy.audit.domain.AuditEntry;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit trail view on Derby: written lines and the enrolment history in one list, filtered and paged. */
@DatabaseTest
class JpaAuditTrailTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOON = Instant.parse("2026-11-23T11:00:00Z");
    private static TestDatabase db;
    private static long admin;

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(TODAY);
        db.inTransaction(em -> {
            admin = new JpaAccountRepository(em)
                    .findByEmail("admin@example.org")
                    .orElseThrow()
                    .id();
            em.persist(
                    new AuditEntry(NOON, null, AuditAction.LOGIN_FAILED, "ACCOUNT", "someone_50%@example.org", "api"));
            em.persist(new AuditEntry(
                    NOON.plusSeconds(60),
                    admin,
                    AuditAction.ROLES_CHANGED,
                    "ACCOUNT",
                    "17",
                    "MEMBER → MEMBER, TRAINER"));
            em.createNativeQuery("INSERT INTO attendance_change (attendance_id, from_status, to_status, cause,"
                            + " changed_by, changed_at) VALUES ((SELECT MIN(id) FROM attendance), 'ABSENT', 'PRESENT',"
                            + " 'CORRECTED', ?, ?)")
                    .setParameter(1, admin)
                    .setParameter(2, java.sql.Timestamp.from(NOON.plusSeconds(120)))
                    .executeUpdate();
            em.persist(new AuditEntry(
                    NOON.minusSeconds(86_400 * 3),
                    admin,
                    AuditAction.LOGIN_SUCCEEDED,
                    "ACCOUNT",
                    "admin@example.org",
                    "form"));
        });
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void writtenLinesAndTheEnrolmentHistoryShareOneTrailNewestFirst() {
        JpaAuditTrail trail = trail();
        List<AuditLine> all = trail.page(AuditFilter.none(), 0, 1000);

        assertEquals(all.size(), trail.count(AuditFilter.none()));
        assertTrue(all.stream().anyMatch(l -> l.action() == AuditAction.ENROLMENT_CHANGED), "the demo's enrolments");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(!all.get(i).at().isAfter(all.get(i - 1).at()), "newest first");
        }
        AuditLine roles = trail.page(new AuditFilter(AuditAction.ROLES_CHANGED, null, null, null), 0, 10)
                .get(0);
        assertEquals("Petra Adler", roles.actorName());
        assertEquals("MEMBER → MEMBER, TRAINER", roles.detail());
    }

    @Test
    void attendanceCorrectionsComeFromTheAttendanceHistory() {
        List<AuditLine> corrected =
                trail().page(new AuditFilter(AuditAction.ATTENDANCE_CORRECTED, null, null, null), 0, 10);
        assertEquals(1, corrected.size(), "only corrections, not first marks");
        assertEquals("ABSENT → PRESENT", corrected.get(0).detail());
        assertEquals("Petra Adler", corrected.get(0).actorName());
    }

    @Test
    void filtersByActionTextAndPeriodAndPages() {
        JpaAuditTrail trail = trail();
        assertEquals(1, trail.count(new AuditFilter(AuditAction.LOGIN_FAILED, null, null, null)));
        assertEquals(1, trail.count(new AuditFilter(null, "50%@", null, null)), "% is matched literally");
        assertEquals(0, trail.count(new AuditFilter(null, "5_%", null, null)), "_ too");
        assertEquals(3, trail.count(new AuditFilter(null, "adler", null, null)), "by the actor's name");
        assertEquals(3, trail.count(new AuditFilter(null, null, TODAY, TODAY)) - enrolmentChangesOn(TODAY));
        assertEquals(
                1,
                trail.count(
                        new AuditFilter(AuditAction.LOGIN_SUCCEEDED, null, TODAY.minusDays(3), TODAY.minusDays(3))));

        List<AuditLine> first = trail.page(AuditFilter.none(), 0, 2);
        List<AuditLine> second = trail.page(AuditFilter.none(), 2, 2);
        assertEquals(2, first.size());
        assertTrue(second.stream().noneMatch(first::contains));
    }

    private static long enrolmentChangesOn(LocalDate day) {
        return trail().count(new AuditFilter(AuditAction.ENROLMENT_CHANGED, null, day, day));
    }

    private static JpaAuditTrail trail() {
        EntityManager em = db.entityManager();
        return new JpaAuditTrail(em);
    }
}
