package org.committeeacademy.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.AccountSearch;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.persistence.InLists;

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
    public List<Account> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // the roles' batch joins this query's own (padded) condition, so it has as few texts as the query
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", InLists.padded(ids))
                .setHint("eclipselink.batch.type", "JOIN")
                .setHint("eclipselink.batch", "a.roles")
                .getResultList();
    }

    @Override
    public java.util.OptionalInt sessionVersion(long id) {
        return em.createQuery(
                        "SELECT a.sessionVersion FROM Account a WHERE a.id = :id AND a.erasedAt IS NULL", Integer.class)
                .setParameter("id", id)
                .getResultStream()
                .mapToInt(Integer::intValue)
                .findFirst();
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
    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a.id, a.name FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", InLists.padded(ids))
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    public Optional<Account> findByEmail(String normalizedEmail) {
        // every authenticated request reads its account by address (the password's check, then the current user):
        // the roles in the same statement instead of one more each time. The fetch is in the query's text, not a
        // hint: EclipseLink prepares a query with a hint again on every call (~a fifth of this read's time).
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.roles WHERE a.email = :email", Account.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Account> page(AccountSearch search, int first, int size) {
        TypedQuery<Account> query = em.createQuery(
                "SELECT a FROM Account a WHERE " + conditions(search) + " ORDER BY a.name, a.id", Account.class);
        bind(query, search);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(AccountSearch search) {
        TypedQuery<Long> query =
                em.createQuery("SELECT COUNT(a) FROM Account a WHERE " + conditions(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    private static String conditions(AccountSearch search) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (search.text() != null) {
            where.append(" AND (LOWER(a.name) LIKE :text ESCAPE '!' OR a.email LIKE :text ESCAPE '!')");
        }
        if (search.role() != null) {
            where.append(" AND a.id IN (SELECT b.id FROM Account b JOIN b.roles r WHERE r = :role)");
        }
        if (search.organisationId() != null) {
            where.append(" AND a.organisationId = :organisation");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AccountSearch search) {
        if (search.text() != null) {
            query.setParameter("text", search.likePattern());
        }
        if (search.role() != null) {
            query.setParameter("role", search.role());
        }
        if (search.organisationId() != null) {
            query.setParameter("organisation", search.organisationId());
        }
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }
}
