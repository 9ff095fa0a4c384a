package org.committeeacademy.profile.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.profile.domain.ProfileRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.RecordedSql;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** On the demo data: the need member@example.org shared reaches the roster of her cohort, and her talents too. */
@DatabaseTest
class JpaProfileRepositoryTest {

    @Test
    void theSeatedMembersNeedsAndOffersAreFoundForTheirCohortOnly() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            EntityManager em = db.entityManager();
            ProfileRepository profiles = new JpaProfileRepository(em);
            long bonn = cohort(em, "Bonn – Samstagsreihe");
            long koeln = cohort(em, "Köln – Frühjahrskurs");
            long member = account(em, "member@example.org");
            long trainer = account(em, "trainer@example.org");

            Map<Long, String> needs = profiles.needsOfSeated(bonn);
            assertTrue(needs.get(member).contains("Höranlage"), needs.toString());
            assertFalse(profiles.needsOfSeated(koeln).containsKey(member));
            assertEquals(1, profiles.offersOfSeated(bonn).size());
            assertTrue(profiles.holdsSeat(member, bonn));
            assertFalse(profiles.holdsSeat(member, koeln));
            assertTrue(profiles.teaches(trainer, bonn));
            assertFalse(profiles.teaches(trainer, koeln));
            em.close();
        }
    }

    @Test
    void theSeatedPeoplesProfilesAreReadInOneStatementNotOnePerPerson() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23), RecordedSql.properties())) {
            EntityManager em = db.entityManager();
            ProfileRepository profiles = new JpaProfileRepository(em);
            long bonn = cohort(em, "Bonn – Samstagsreihe");
            long seated = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM enrolment WHERE cohort_id = ?"
                                    + " AND status IN ('CONFIRMED', 'OFFERED', 'COMPLETED')")
                            .setParameter(1, bonn)
                            .getSingleResult())
                    .longValue();
            RecordedSql.clear();

            assertEquals(1, profiles.offersOfSeated(bonn).size());

            long profileReads = RecordedSql.statements().stream()
                    .filter(sql -> sql.toLowerCase(Locale.ROOT).contains("from member_profile"))
                    .count();
            assertTrue(seated > 1, "the demo cohort seats several people: " + seated);
            assertEquals(1, profileReads, RecordedSql.statements().toString());
            em.close();
        }
    }

    private static long cohort(EntityManager em, String title) {
        return ((Number) em.createNativeQuery("SELECT id FROM cohort WHERE title = ?")
                        .setParameter(1, title)
                        .getSingleResult())
                .longValue();
    }

    private static long account(EntityManager em, String email) {
        return ((Number) em.createNativeQuery("SELECT id FROM account WHERE email = ?")
                        .setParameter(1, email)
                        .getSingleResult())
                .longValue();
    }
}
