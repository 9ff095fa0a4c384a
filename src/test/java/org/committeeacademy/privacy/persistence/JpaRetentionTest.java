package org.committeeacademy.privacy.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** Whom the retention job would erase, on Derby with the real schema, against the demo data set. */
@DatabaseTest
class JpaRetentionTest {

    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 23);
    private static final LocalDateTime YEARS_LATER = DEMO_DAY.plusYears(3).atStartOfDay();

    @Test
    void membersWithNoSessionSinceTheCutOffAreDueAndNobodyElse() {
        try (TestDatabase db = DemoDatabase.loadedOn(DEMO_DAY)) {
            EntityManager em = db.entityManager();
            JpaRetention retention = new JpaRetention(em);
            Instant afterEveryAccountWasOpened = Instant.now().plus(Duration.ofDays(1));
            long member = id(em, "member@example.org");

            List<Long> due = retention.membersDue(afterEveryAccountWasOpened, YEARS_LATER);
            assertTrue(due.contains(member), due.toString());
            for (String other : List.of("trainer@example.org", "staff@example.org", "admin@example.org")) {
                assertFalse(due.contains(id(em, other)), other + " is no member and stays");
            }
            assertFalse(
                    retention
                            .membersDue(afterEveryAccountWasOpened, DEMO_DAY.atStartOfDay())
                            .contains(member),
                    "her cohort still meets after the demo day");
            assertEquals(
                    List.of(),
                    retention.membersDue(Instant.EPOCH, YEARS_LATER),
                    "accounts opened after the cut-off stay");
            em.close();
        }
    }

    private static long id(EntityManager em, String email) {
        return new JpaAccountRepository(em).findByEmail(email).orElseThrow().id();
    }
}
