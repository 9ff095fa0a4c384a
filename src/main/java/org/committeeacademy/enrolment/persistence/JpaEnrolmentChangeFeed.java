package org.committeeacademy.enrolment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.committeeacademy.enrolment.domain.EnrolmentChange;
import org.committeeacademy.enrolment.domain.EnrolmentChangeFeed;

@ApplicationScoped
public class JpaEnrolmentChangeFeed implements EnrolmentChangeFeed {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public List<Fact> after(long changeId, int limit) {
        return em
                .createQuery(
                        "SELECT c FROM EnrolmentChange c JOIN FETCH c.enrolment WHERE c.id > :after ORDER BY c.id",
                        EnrolmentChange.class)
                .setParameter("after", changeId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(c -> new Fact(
                        c.id(),
                        c.enrolment().id(),
                        c.enrolment().cohort().id(),
                        c.enrolment().cohort().organisationId(),
                        c.enrolment().member().id(),
                        c.cause(),
                        c.from(),
                        c.to(),
                        c.changedAt()))
                .toList();
    }

    @Override
    public long lastId() {
        Long last = em.createQuery("SELECT MAX(c.id) FROM EnrolmentChange c", Long.class)
                .getSingleResult();
        return last == null ? 0 : last;
    }
}
