package org.committeeacademy.material.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/** The last visit of a cohort's materials page on Derby with the real schema, against the demo data set. */
@DatabaseTest
class JpaMaterialVisitsTest {

    private static final String BONN = "Bonn – Samstagsreihe";
    private static final Instant FIRST = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-21T18:30:00Z");

    @Test
    void aVisitReplacesTheOneBeforeAndErasureForgetsThem() {
        try (TestDatabase db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23))) {
            long[] ids = new long[2];
            db.inTransaction(em -> {
                ids[0] = new JpaAccountRepository(em)
                        .findByEmail("member@example.org")
                        .orElseThrow()
                        .id();
                ids[1] = em.createQuery("SELECT c FROM Cohort c WHERE c.title = :t", Cohort.class)
                        .setParameter("t", BONN)
                        .getSingleResult()
                        .id();
                JpaMaterialVisits visits = new JpaMaterialVisits(em);
                visits.record(ids[0], ids[1], FIRST);
                visits.record(ids[0], ids[1], SECOND);
            });

            EntityManager em = db.entityManager();
            JpaMaterialVisits visits = new JpaMaterialVisits(em);
            assertEquals(Optional.of(SECOND), visits.lastVisit(ids[0], ids[1]));
            assertEquals(List.of(new JpaMaterialVisits.Visit(BONN, SECOND)), visits.visitsOf(ids[0]));
            em.close();

            db.inTransaction(tx -> new JpaMaterialVisits(tx).forgetVisitsOf(ids[0]));
            EntityManager after = db.entityManager();
            assertEquals(Optional.empty(), new JpaMaterialVisits(after).lastVisit(ids[0], ids[1]));
            after.close();
        }
    }
}
