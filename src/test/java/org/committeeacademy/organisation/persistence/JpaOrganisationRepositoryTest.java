package org.committeeacademy.organisation.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.demo.DemoDatabase;
import org.committeeacademy.identity.persistence.JpaAccountRepository;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.organisation.domain.OrganisationDetails;
import org.committeeacademy.shared.persistence.DatabaseTest;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.venue.domain.Venue;
import org.committeeacademy.venue.persistence.JpaVenueRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organisations on embedded Derby with the demo data: two VHS, each with its venue and its staff. */
@DatabaseTest
class JpaOrganisationRepositoryTest {

    private static TestDatabase db;

    @BeforeAll
    static void loadDemoData() {
        db = DemoDatabase.loadedOn(LocalDate.of(2026, 11, 23));
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    private static Organisation named(EntityManager em, String name) {
        return new JpaOrganisationRepository(em).findByName(name).orElseThrow();
    }

    @Test
    void theDemoDataHasTwoOrganisationsEachWithItsVenueAndStaff() {
        EntityManager em = db.entityManager();
        Organisation bonn = named(em, "vhs bonn");
        Organisation koeln = named(em, "VHS Köln");
        JpaAccountRepository accounts = new JpaAccountRepository(em);

        assertEquals(
                List.of("VHS Bonn", "VHS Köln"),
                new JpaOrganisationRepository(em)
                        .all().stream().map(Organisation::name).toList());
        assertEquals("Bonn", bonn.city());
        List<Venue> venues = new JpaVenueRepository(em).all();
        assertEquals(
                bonn.id(),
                venues.stream()
                        .filter(v -> v.city().equals("Bonn"))
                        .findFirst()
                        .orElseThrow()
                        .organisationId());
        assertEquals(
                koeln.id(),
                venues.stream()
                        .filter(v -> v.city().equals("Köln"))
                        .findFirst()
                        .orElseThrow()
                        .organisationId());
        assertEquals(
                bonn.id(),
                accounts.findByEmail("staff@example.org").orElseThrow().organisationId());
        assertEquals(
                koeln.id(),
                accounts.findByEmail("staff-koeln@example.org").orElseThrow().organisationId());
        assertEquals(
                bonn.id(),
                accounts.findByEmail("member@example.org").orElseThrow().organisationId(),
                "members belong to the VHS that looks after them");
        assertEquals(
                koeln.id(),
                accounts.findByEmail("lina.schmidt@example.org").orElseThrow().organisationId());
        assertNull(
                accounts.findByEmail("trainer@example.org").orElseThrow().organisationId(),
                "trainers teach for any organisation");
        em.close();
    }

    @Test
    void aDeactivatedOrganisationIsKeptWithEverythingItHas() {
        try (TestDatabase fresh = new TestDatabase()) {
            deactivateAndReload(fresh);
        }
    }

    private static void deactivateAndReload(TestDatabase database) {
        long[] id = new long[1];
        database.inTransaction(em -> {
            Organisation vhs = new JpaOrganisationRepository(em)
                    .add(new Organisation(new OrganisationDetails(
                            "VHS Siegburg", "Siegburg", null, null, "kurse@vhs-siegburg.example", "#336699")));
            new JpaVenueRepository(em)
                    .add(new Venue(
                            vhs.id(),
                            new Venue("VHS Siegburg", "Neue Poststraße 1", "53721", "Siegburg", null).details()));
            id[0] = vhs.id();
        });
        database.inTransaction(em ->
                new JpaOrganisationRepository(em).find(id[0]).orElseThrow().deactivate());

        EntityManager em = database.entityManager();
        Organisation reloaded = new JpaOrganisationRepository(em).find(id[0]).orElseThrow();
        assertFalse(reloaded.isActive());
        assertEquals("kurse@vhs-siegburg.example", reloaded.mailSender());
        assertEquals("#336699", reloaded.colour());
        assertTrue(new JpaVenueRepository(em).all().stream().anyMatch(v -> id[0] == v.organisationId()));
        em.close();
    }
}
