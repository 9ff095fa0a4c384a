package org.committeeacademy.attendance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.attendance.domain.AbsenceWarning;
import org.committeeacademy.attendance.domain.Attendance;
import org.committeeacademy.attendance.domain.AttendanceRepository;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.Session;

@ApplicationScoped
public class JpaAttendanceRepository implements AttendanceRepository {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    @Override
    public Optional<Attendance> find(long sessionId, long memberId) {
        return em.createQuery(
                        "SELECT a FROM Attendance a WHERE a.session.id = :session AND a.member.id = :member",
                        Attendance.class)
                .setParameter("session", sessionId)
                .setParameter("member", memberId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Attendance> ofSession(long sessionId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.session.id = :session", Attendance.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    @Override
    public List<Attendance> ofCohort(long cohortId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.session.cohort.id = :cohort", Attendance.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Override
    public List<Attendance> ofMemberInCohort(long memberId, long cohortId) {
        return em.createQuery(
                        "SELECT a FROM Attendance a WHERE a.session.cohort.id = :cohort AND a.member.id = :member",
                        Attendance.class)
                .setParameter("cohort", cohortId)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public Attendance add(Attendance attendance) {
        em.persist(attendance);
        return attendance;
    }

    @Override
    public boolean warned(long enrolmentId, int threshold) {
        return !em.createQuery(
                        "SELECT w.threshold FROM AbsenceWarning w WHERE w.enrolment.id = :enrolment"
                                + " AND w.threshold = :threshold",
                        Integer.class)
                .setParameter("enrolment", enrolmentId)
                .setParameter("threshold", threshold)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(AbsenceWarning warning) {
        em.persist(warning);
    }

    @Override
    public List<AbsenceWarning> warningsOfCohort(long cohortId) {
        return em.createQuery(
                        "SELECT w FROM AbsenceWarning w WHERE w.enrolment.cohort.id = :cohort", AbsenceWarning.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Override
    public List<Session> sessionsStarting(LocalDateTime from, LocalDateTime to) {
        return em.createQuery(
                        "SELECT s FROM Session s WHERE s.startsAt >= :from AND s.startsAt < :to"
                                + " AND s.cancelled = FALSE AND s.cohort.status <> :cancelled ORDER BY s.startsAt",
                        Session.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("cancelled", CohortStatus.CANCELLED)
                .getResultList();
    }
}
