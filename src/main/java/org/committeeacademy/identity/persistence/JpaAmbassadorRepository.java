package org.committeeacademy.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.identity.domain.Ambassador;
import org.committeeacademy.identity.domain.AmbassadorRepository;
import org.committeeacademy.identity.domain.Referral;

@ApplicationScoped
public class JpaAmbassadorRepository implements AmbassadorRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaAmbassadorRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaAmbassadorRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Ambassador> find(long accountId) {
        return Optional.ofNullable(em.find(Ambassador.class, accountId));
    }

    @Override
    public Optional<Ambassador> findByCode(String code) {
        return em.createQuery("SELECT a FROM Ambassador a WHERE a.code = :code", Ambassador.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Ambassador> all() {
        return em.createQuery("SELECT a FROM Ambassador a ORDER BY a.appointedAt", Ambassador.class)
                .getResultList();
    }

    @Override
    public Ambassador add(Ambassador ambassador) {
        em.persist(ambassador);
        return ambassador;
    }

    @Override
    public void remove(Ambassador ambassador) {
        em.remove(ambassador);
    }

    @Override
    public void add(Referral referral) {
        em.persist(referral);
    }

    @Override
    public Optional<Referral> referralOf(long accountId) {
        return Optional.ofNullable(em.find(Referral.class, accountId));
    }

    @Override
    public List<Referral> referralsBy(long ambassadorId) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.ambassadorId = :id ORDER BY r.joinedAt", Referral.class)
                .setParameter("id", ambassadorId)
                .getResultList();
    }

    @Override
    public List<Referral> referrals() {
        return em.createQuery("SELECT r FROM Referral r ORDER BY r.joinedAt", Referral.class)
                .getResultList();
    }

    @Override
    public void deleteReferralsOf(long accountId) {
        em.createQuery("DELETE FROM Referral r WHERE r.accountId = :id OR r.ambassadorId = :id")
                .setParameter("id", accountId)
                .executeUpdate();
    }
}
