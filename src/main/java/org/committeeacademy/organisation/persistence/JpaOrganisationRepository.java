package org.committeeacademy.organisation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.organisation.domain.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaOrganisationRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaOrganisationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Organisation> all() {
        return em.createQuery("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class)
                .getResultList();
    }

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByName(String name) {
        return em.createQuery("SELECT o FROM Organisation o WHERE LOWER(o.name) = LOWER(:name)", Organisation.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
        return organisation;
    }
}
