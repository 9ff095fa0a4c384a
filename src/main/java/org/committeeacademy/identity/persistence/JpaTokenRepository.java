package org.committeeacademy.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.identity.domain.OneTimeToken;
import org.committeeacademy.identity.domain.TokenPurpose;
import org.committeeacademy.identity.domain.TokenRepository;

@ApplicationScoped
public class JpaTokenRepository implements TokenRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaTokenRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaTokenRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public OneTimeToken add(OneTimeToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<OneTimeToken> findByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM OneTimeToken t WHERE t.tokenHash = :hash", OneTimeToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<OneTimeToken> openFor(TokenPurpose purpose, Long accountId, Long invitationId) {
        return em.createQuery(
                        "SELECT t FROM OneTimeToken t WHERE t.purpose = :purpose AND t.usedAt IS NULL"
                                + " AND (t.accountId = :account OR t.invitationId = :invitation)",
                        OneTimeToken.class)
                .setParameter("purpose", purpose)
                .setParameter("account", accountId == null ? -1L : accountId)
                .setParameter("invitation", invitationId == null ? -1L : invitationId)
                .getResultList();
    }

    @Override
    public List<OneTimeToken> ofAccount(long accountId) {
        return em.createQuery(
                        "SELECT t FROM OneTimeToken t WHERE t.accountId = :account ORDER BY t.createdAt",
                        OneTimeToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public void deleteOfAccount(long accountId) {
        em.createQuery("DELETE FROM OneTimeToken t WHERE t.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    @Override
    public int deleteExpiredBefore(Instant instant) {
        return em.createQuery("DELETE FROM OneTimeToken t WHERE t.expiresAt < :instant")
                .setParameter("instant", instant)
                .executeUpdate();
    }
}
