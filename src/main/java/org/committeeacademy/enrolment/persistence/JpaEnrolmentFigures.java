package org.committeeacademy.enrolment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.cohort.domain.EnrolmentFigures;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.shared.persistence.InLists;

/** Enrolment's answers to cohort's questions about seats and people, read from enrolment's own table. */
@ApplicationScoped
public class JpaEnrolmentFigures implements EnrolmentFigures {

    /** The statuses that hold a seat. */
    private static final List<EnrolmentStatus> SEATED = EnrolmentStatus.holdingSeat();

    private static final List<EnrolmentStatus> AFFECTED = List.of(
            EnrolmentStatus.REQUESTED, EnrolmentStatus.CONFIRMED, EnrolmentStatus.OFFERED, EnrolmentStatus.WAITLISTED);

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    public JpaEnrolmentFigures() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaEnrolmentFigures(EntityManager em) {
        this.em = em;
    }

    @Override
    public int peopleAffected(long cohortId) {
        return (int) countIn(cohortId, AFFECTED);
    }

    @Override
    public long seated(long cohortId) {
        return countIn(cohortId, SEATED);
    }

    @Override
    public long waitlisted(long cohortId) {
        return countIn(cohortId, List.of(EnrolmentStatus.WAITLISTED));
    }

    private long countIn(long cohortId, List<EnrolmentStatus> statuses) {
        return em.createQuery(
                        "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort.id = :cohort AND e.status IN :statuses",
                        Long.class)
                .setParameter("cohort", cohortId)
                .setParameter("statuses", statuses)
                .getSingleResult();
    }

    @Override
    public Map<Long, Seating> seating(Collection<Long> cohortIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT e.cohort.id, e.status, COUNT(e) FROM Enrolment e WHERE e.cohort.id IN :ids"
                                + " AND e.status IN :statuses GROUP BY e.cohort.id, e.status",
                        Object[].class)
                .setParameter("ids", InLists.padded(cohortIds))
                .setParameter(
                        "statuses",
                        List.of(
                                EnrolmentStatus.CONFIRMED,
                                EnrolmentStatus.OFFERED,
                                EnrolmentStatus.WAITLISTED,
                                EnrolmentStatus.COMPLETED))
                .getResultList();
        for (Object[] row : rows) {
            long[] seats = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            seats[row[1] == EnrolmentStatus.WAITLISTED ? 1 : 0] += ((Number) row[2]).longValue();
        }
        Map<Long, Seating> seating = new HashMap<>();
        counts.forEach((id, seats) -> seating.put(id, new Seating(seats[0], seats[1])));
        return seating;
    }

    @Override
    public boolean isEnrolled(long cohortId, long memberId) {
        return !em.createQuery(
                        "SELECT e.id FROM Enrolment e WHERE e.cohort.id = :cohort AND e.member.id = :member"
                                + " AND e.status NOT IN :ended",
                        Long.class)
                .setParameter("cohort", cohortId)
                .setParameter("member", memberId)
                .setParameter("ended", List.of(EnrolmentStatus.CANCELLED, EnrolmentStatus.DECLINED))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Long> cohortsOf(long memberId) {
        return em.createQuery(
                        "SELECT e.cohort.id FROM Enrolment e WHERE e.member.id = :member AND e.status <> :cancelled",
                        Long.class)
                .setParameter("member", memberId)
                .setParameter("cancelled", EnrolmentStatus.CANCELLED)
                .getResultList();
    }

    @Override
    public List<Long> cohortsConfirmedFor(long memberId) {
        return em.createQuery(
                        "SELECT e.cohort.id FROM Enrolment e WHERE e.member.id = :member AND e.status = :confirmed",
                        Long.class)
                .setParameter("member", memberId)
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
                .getResultList();
    }
}
