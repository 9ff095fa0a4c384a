package org.committeeacademy.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Role;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaAccountRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public List<Account> withRole(Role role) {
        return em.createQuery("SELECT a FROM Account a JOIN a.roles r WHERE r = :role ORDER BY a.name", Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public Optional<Account> findForBooking(long id) {
        return Optional.ofNullable(em.find(Account.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Account> findByEmail(String normalizedEmail) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Account> page(int first, int size) {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.name, a.id", Account.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }
}
