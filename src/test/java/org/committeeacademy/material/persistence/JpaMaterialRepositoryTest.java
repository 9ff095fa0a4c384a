package org.committeeacademy.material.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.material.domain.FileType;
import org.committeeacademy.material.domain.Material;
import org.committeeacademy.material.domain.MaterialDetails;
import org.committeeacademy.material.domain.StoredFile;
import org.committeeacademy.material.domain.Visibility;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Materials and their versions on Derby with the real schema, against the demo data set. */
@DatabaseTest
class JpaMaterialRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static TestDatabase db;

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(TODAY);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void keepsEveryVersionInOrderAndNamesTheirFilesUntilTheMaterialIsRemoved() {
        long[] id = new long[1];
        db.inTransaction(em -> {
            Material material = Material.file(bonn(em), details("Folien"), stored("a", "folien.pdf"), trainer(em), NOW);
            new JpaMaterialRepository(em).add(material);
            id[0] = material.id();
        });
        db.inTransaction(em -> {
            Material material = new JpaMaterialRepository(em).find(id[0]).orElseThrow();
            material.replaceFile(stored("b", "folien-v2.pdf"), trainer(em), NOW.plusSeconds(60));
        });

        EntityManager em = db.entityManager();
        JpaMaterialRepository repository = new JpaMaterialRepository(em);
        Material found = repository.find(id[0]).orElseThrow();
        assertEquals(
                List.of(1, 2), found.versions().stream().map(v -> v.number()).toList());
        assertEquals("folien-v2.pdf", found.newest().orElseThrow().fileName());
        assertTrue(repository.ofCohort(found.cohort().id()).stream().anyMatch(m -> m.id().equals(id[0])));
        assertTrue(repository.storedKeys().containsAll(List.of(key("a"), key("b"))));
        em.close();

        db.inTransaction(tx -> {
            JpaMaterialRepository inTx = new JpaMaterialRepository(tx);
            inTx.remove(inTx.find(id[0]).orElseThrow());
        });
        JpaMaterialRepository after = new JpaMaterialRepository(db.entityManager());
        assertTrue(after.find(id[0]).isEmpty());
        assertFalse(after.storedKeys().contains(key("a")), "the versions went with the material");
    }

    @Test
    void onlyConfirmedAndCompletedPlacesCountAsSeated() {
        EntityManager em = db.entityManager();
        long bonn = bonn(em).id();
        // who may see a cohort's materials: the enrolment feature answers
        var repository = new org.committeeacademy.enrolment.persistence.JpaEnrolmentRepository(
                em, new org.committeeacademy.cohort.persistence.JpaCohortRepository(em));
        List<Enrolment> enrolments = em.createQuery("SELECT e FROM Enrolment e WHERE e.cohort.id = :c", Enrolment.class)
                .setParameter("c", bonn)
                .getResultList();
        for (Enrolment e : enrolments) {
            boolean seated = e.status() == EnrolmentStatus.CONFIRMED || e.status() == EnrolmentStatus.COMPLETED;
            assertEquals(
                    seated,
                    repository.isSeated(bonn, e.member().id()),
                    e.status().name());
        }
        assertTrue(
                enrolments.stream().anyMatch(e -> e.status() == EnrolmentStatus.WAITLISTED),
                "the demo has one waiting");
        assertFalse(repository.isSeated(bonn, trainer(em).id()));
        em.close();
    }

    @Test
    void theSchemaRefusesALinkWithoutAnAddress() {
        PersistenceException refused = assertThrows(
                PersistenceException.class,
                () -> db.inTransaction(em -> em.createNativeQuery(
                                "INSERT INTO material (cohort_id, title, material_language, kind, visibility, visible_from, created_at)"
                                        + " VALUES (?, 'x', 'de', 'LINK', 'VISIBLE_FROM', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                        .setParameter(1, bonn(em).id())
                        .executeUpdate()));
        assertTrue(
                String.valueOf(refused.getMessage()).toUpperCase().contains("MATERIAL_LINK_CHECK"),
                refused.getMessage());
    }

    private static MaterialDetails details(String title) {
        return new MaterialDetails(title, null, Language.DE, null, null, Visibility.VISIBLE_FROM, null);
    }

    private static StoredFile stored(String content, String name) {
        String sha = content.repeat(64).substring(0, 64).replaceAll("[^0-9a-f]", "0");
        return new StoredFile(key(content), name, FileType.PDF, 100, sha);
    }

    private static String key(String content) {
        String sha = content.repeat(64).substring(0, 64).replaceAll("[^0-9a-f]", "0");
        return sha.substring(0, 2) + "/" + sha;
    }

    private static Cohort bonn(EntityManager em) {
        return em.createQuery("SELECT c FROM Cohort c WHERE c.title = :t", Cohort.class)
                .setParameter("t", "Bonn – Samstagsreihe")
                .getSingleResult();
    }

    private static Account trainer(EntityManager em) {
        return new JpaAccountRepository(em).findByEmail("trainer@example.org").orElseThrow();
    }
}
