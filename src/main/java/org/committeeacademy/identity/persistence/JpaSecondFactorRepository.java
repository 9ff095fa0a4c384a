package org.committeeacademy.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.committeeacademy.identity.domain.SecondFactor;
import org.committeeacademy.identity.domain.SecondFactorRepository;

@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaSecondFactorRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaSecondFactorRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SecondFactor> find(long accountId) {
        return Optional.ofNullable(em.find(SecondFactor.class, accountId));
    }

    @Override
    public SecondFactor save(SecondFactor factor) {
        if (em.contains(factor)) {
            return factor;
        }
        if (em.find(SecondFactor.class, factor.accountId()) == null) {
            em.persist(factor);
            return factor;
        }
        return em.merge(factor);
    }

    @Override
    public void delete(long accountId) {
        SecondFactor factor = em.find(SecondFactor.class, accountId);
        if (factor != null) {
            em.remove(factor);
        }
    }
}
