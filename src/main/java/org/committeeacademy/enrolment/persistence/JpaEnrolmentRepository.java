package org.committeeacademy.enrolment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.enrolment.domain.Roster;
import org.committeeacademy.enrolment.domain.RosterCounts;
import org.committeeacademy.shared.persistence.InLists;

@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    @Inject
    CohortRepository cohorts;

    public JpaEnrolmentRepository() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaEnrolmentRepository(EntityManager em, CohortRepository cohorts) {
        this.em = em;
        this.cohorts = cohorts;
    }

    @Override
    public Optional<Roster> lockRoster(long cohortId) {
        return cohorts.lock(cohortId).map(this::rosterOf);
    }

    @Override
    public Optional<Cohort> lockCohort(long cohortId) {
        return cohorts.lock(cohortId);
    }

    @Override
    public Optional<Enrolment> of(long cohortId, long memberId) {
        return em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.cohort.id = :cohort AND e.memberId = :member",
                        Enrolment.class)
                .setParameter("cohort", cohortId)
                .setParameter("member", memberId)
                .setHint("eclipselink.refresh", Boolean.TRUE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Enrolment> ofMembers(long cohortId, Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.cohort.id = :cohort AND e.memberId IN :members",
                        Enrolment.class)
                .setParameter("cohort", cohortId)
                .setParameter("members", InLists.padded(memberIds))
                .setHint("eclipselink.refresh", Boolean.TRUE)
                .getResultList();
    }

    @Override
    public RosterCounts counts(long cohortId, Instant now) {
        int held = 0;
        int waiting = 0;
        int offered = 0;
        List<Object[]> rows = em.createQuery(
                        "SELECT e.status, COUNT(e) FROM Enrolment e WHERE e.cohort.id = :cohort GROUP BY e.status",
                        Object[].class)
                .setParameter("cohort", cohortId)
                .getResultList();
        for (Object[] row : rows) {
            EnrolmentStatus status = (EnrolmentStatus) row[0];
            int count = ((Number) row[1]).intValue();
            held += status.holdsSeat() ? count : 0;
            waiting += status == EnrolmentStatus.WAITLISTED ? count : 0;
            offered += status == EnrolmentStatus.OFFERED ? count : 0;
        }
        return new RosterCounts(held, waiting, offered > 0 && anyOfferRanOut(cohortId, now));
    }

    @Override
    public void add(Enrolment enrolment) {
        em.persist(enrolment);
        em.flush();
    }

    @Override
    public void addAll(List<Enrolment> created) {
        created.forEach(em::persist);
        em.flush();
    }

    @Override
    public Roster rosterOf(Cohort lockedCohort) {
        // fresh from the database (what others committed before we got the lock), members and their roles in
        // two batched queries instead of two per enrolment
        List<Enrolment> all = em.createQuery("SELECT e FROM Enrolment e WHERE e.cohort = :cohort", Enrolment.class)
                .setParameter("cohort", lockedCohort)
                .setHint("eclipselink.refresh", Boolean.TRUE)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.member")
                .setHint("eclipselink.batch", "e.member.roles")
                .getResultList();
        return new Roster(lockedCohort, all);
    }

    @Override
    public void store(Roster roster) {
        roster.created().forEach(em::persist);
        em.flush();
    }

    @Override
    public Optional<Enrolment> find(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    @Override
    public List<Enrolment> ofCohort(long cohortId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.cohort.id = :cohort", Enrolment.class)
                .setParameter("cohort", cohortId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.member")
                .getResultList();
    }

    @Override
    public List<Cohort> moveTargets(Cohort from) {
        return em.createQuery(
                        "SELECT c FROM Cohort c WHERE c.series = :series AND c.id <> :id AND c.status IN :statuses"
                                + " ORDER BY c.title",
                        Cohort.class)
                .setParameter("series", from.series())
                .setParameter("id", from.id())
                .setParameter("statuses", List.of(CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.RUNNING))
                .getResultList();
    }

    @Override
    public List<Enrolment> ofMember(long memberId) {
        // the API's enrolments show each enrolment's history with who made each change: one statement for each of
        // these across all the member's enrolments, not one per enrolment or per person who changed one
        return byMember(memberId)
                .setHint("eclipselink.batch", "e.history")
                .setHint("eclipselink.batch", "e.history.changedBy")
                .setHint("eclipselink.batch", "e.history.changedBy.roles")
                .getResultList();
    }

    @Override
    public List<Enrolment> coursesOf(long memberId) {
        return byMember(memberId).getResultList();
    }

    /** The member's enrolments, newest first, with each course's cohort and sessions read in one statement each. */
    private TypedQuery<Enrolment> byMember(long memberId) {
        return em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.member.id = :member ORDER BY e.createdAt DESC, e.id DESC",
                        Enrolment.class)
                .setParameter("member", memberId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.cohort")
                .setHint("eclipselink.batch", "e.cohort.sessions");
    }

    @Override
    public List<Long> cohortsWithExpiredOffers(Instant now) {
        return em.createQuery(
                        "SELECT DISTINCT e.cohort.id FROM Enrolment e WHERE e.status = :offered"
                                + " AND e.offerExpiresAt <= :now",
                        Long.class)
                .setParameter("offered", EnrolmentStatus.OFFERED)
                .setParameter("now", now)
                .getResultList();
    }

    private boolean anyOfferRanOut(long cohortId, Instant now) {
        return em.createQuery(
                                "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort.id = :cohort AND e.status = :offered"
                                        + " AND e.offerExpiresAt <= :now",
                                Long.class)
                        .setParameter("cohort", cohortId)
                        .setParameter("offered", EnrolmentStatus.OFFERED)
                        .setParameter("now", now)
                        .getSingleResult()
                > 0;
    }

    @Override
    public int position(Enrolment enrolment) {
        if (enrolment.status() != EnrolmentStatus.WAITLISTED) {
            return 0;
        }
        return em.createQuery(
                        "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort = :cohort AND e.status = :waiting"
                                + " AND e.waitlistTicket <= :ticket",
                        Long.class)
                .setParameter("cohort", enrolment.cohort())
                .setParameter("waiting", EnrolmentStatus.WAITLISTED)
                .setParameter("ticket", enrolment.waitlistTicket())
                .getSingleResult()
                .intValue();
    }

    @Override
    public boolean isSeated(long cohortId, long accountId) {
        return em.createQuery(
                                "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort.id = :cohort AND e.memberId = :member"
                                        + " AND e.status IN :seated",
                                Long.class)
                        .setParameter("cohort", cohortId)
                        .setParameter("member", accountId)
                        .setParameter("seated", EnrolmentStatus.seated())
                        .getSingleResult()
                > 0;
    }

    @Override
    public void markCertified(long cohortId, long memberId, boolean certified) {
        em.createNativeQuery("UPDATE enrolment SET certified = ? WHERE cohort_id = ? AND member_id = ?")
                .setParameter(1, certified)
                .setParameter(2, cohortId)
                .setParameter(3, memberId)
                .executeUpdate();
    }
}
