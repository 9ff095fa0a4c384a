package org.committeeacademy.committee.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeMembership;
import org.committeeacademy.committee.domain.CommitteeRepository;
import org.committeeacademy.committee.domain.MembershipStatus;

@ApplicationScoped
public class JpaCommitteeRepository implements CommitteeRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaCommitteeRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaCommitteeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Committee> all() {
        return em.createQuery("SELECT c FROM Committee c ORDER BY c.municipality, c.name", Committee.class)
                .getResultList();
    }

    @Override
    public Optional<Committee> find(long id) {
        return Optional.ofNullable(em.find(Committee.class, id));
    }

    @Override
    public Optional<Committee> findByName(String name) {
        return em.createQuery("SELECT c FROM Committee c WHERE c.nameKey = :key", Committee.class)
                .setParameter("key", Committee.keyOf(name))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Committee add(Committee committee) {
        em.persist(committee);
        em.flush();
        return committee;
    }

    @Override
    public Optional<CommitteeMembership> membershipOf(long accountId) {
        return Optional.ofNullable(em.find(CommitteeMembership.class, accountId));
    }

    @Override
    public List<CommitteeMembership> requested() {
        return em.createQuery(
                        "SELECT m FROM CommitteeMembership m WHERE m.status = :s ORDER BY m.changedAt, m.accountId",
                        CommitteeMembership.class)
                .setParameter("s", MembershipStatus.REQUESTED)
                .getResultList();
    }

    @Override
    public List<Long> confirmedMembers(long committeeId) {
        return em.createQuery(
                        "SELECT m.accountId FROM CommitteeMembership m WHERE m.committeeId = :c AND m.status = :s",
                        Long.class)
                .setParameter("c", committeeId)
                .setParameter("s", MembershipStatus.CONFIRMED)
                .getResultList();
    }

    @Override
    public void add(CommitteeMembership membership) {
        em.persist(membership);
    }

    @Override
    public void remove(CommitteeMembership membership) {
        em.remove(membership);
    }
}
