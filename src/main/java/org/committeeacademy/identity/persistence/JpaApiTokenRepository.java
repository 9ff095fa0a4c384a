package org.committeeacademy.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.identity.domain.ApiToken;
import org.committeeacademy.identity.domain.ApiTokenRepository;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaApiTokenRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaApiTokenRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> activeOf(long accountId, Instant now) {
        return em.createQuery(
                        "SELECT t FROM ApiToken t WHERE t.accountId = :account AND t.revokedAt IS NULL"
                                + " AND t.expiresAt > :now ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class)
                .setParameter("account", accountId)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public int revokeAllOf(long accountId, Instant now) {
        return em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.accountId = :account"
                        + " AND t.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    @Override
    public void deleteOfAccount(long accountId) {
        em.createQuery("DELETE FROM ApiToken t WHERE t.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }
}
