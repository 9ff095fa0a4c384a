package org.committeeacademy.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.venue.domain.Venue;
import org.committeeacademy.venue.domain.VenueRepository;

@ApplicationScoped
public class JpaVenueRepository implements VenueRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaVenueRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaVenueRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Venue> all() {
        return em.createQuery("SELECT v FROM Venue v ORDER BY v.city, v.name", Venue.class)
                .getResultList();
    }

    @Override
    public List<Venue> ofOrganisation(long organisationId) {
        return em.createQuery(
                        "SELECT v FROM Venue v WHERE v.organisationId = :organisation ORDER BY v.city, v.name",
                        Venue.class)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public Optional<Venue> find(long id) {
        return Optional.ofNullable(em.find(Venue.class, id));
    }

    @Override
    public Optional<Venue> findForBooking(long id) {
        return Optional.ofNullable(em.find(Venue.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Venue add(Venue venue) {
        em.persist(venue);
        em.flush();
        return venue;
    }
}
