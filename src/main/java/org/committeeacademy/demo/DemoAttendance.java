package org.committeeacademy.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.attendance.domain.Attendance;
import org.committeeacademy.attendance.domain.AttendanceStatus;
import org.committeeacademy.attendance.domain.CorrectionWindow;
import org.committeeacademy.certificate.domain.Certificate;
import org.committeeacademy.certificate.domain.VerificationCode;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.persistence.JpaCohortRepository;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.enrolment.persistence.JpaEnrolmentRepository;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.AcademyTime;

/**
 * Attendance for the demo: the running cohort's past session taken (one person absent) and an apology for its next
 * one; the completed cohort attended in full, with a certificate for member@example.org.
 */
final class DemoAttendance {

    private static final CorrectionWindow WINDOW = new CorrectionWindow(CorrectionWindow.DEFAULT_DAYS);

    private DemoAttendance() {}

    static void load(EntityManager em, LocalDate today, Instant now) {
        em.flush();
        Cohort running = cohort(em, "Bonn – Samstagsreihe");
        Cohort completed = cohort(em, "Bonn – Sommerkurs");
        List<Enrolment> runningSeats = seated(em, running);
        for (Session session : running.activeSessions()) {
            LocalDate day = session.start().toLocalDate();
            if (day.isBefore(today)) {
                for (int i = 0; i < runningSeats.size(); i++) {
                    AttendanceStatus status = i == 2 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
                    mark(em, session, runningSeats.get(i).member(), status, trainer(running), now);
                }
            } else if (day.isAfter(today) && runningSeats.size() > 1) {
                Attendance apology = new Attendance(session, runningSeats.get(1).member());
                apology.apologise("Ich bin an diesem Tag auf einer Ratssitzung.", today.atStartOfDay(), now);
                em.persist(apology);
                break;
            }
        }
        for (Session session : completed.activeSessions()) {
            seated(em, completed)
                    .forEach(e -> mark(
                            em,
                            session,
                            e.member(),
                            AttendanceStatus.PRESENT,
                            trainer(completed),
                            session.end().atZone(AcademyTime.ZONE).toInstant()));
        }
        seated(em, completed).stream()
                .filter(e -> e.member().email().equals("member@example.org"))
                .findFirst()
                .ifPresent(e -> {
                    em.persist(Certificate.earned(
                            e.member(),
                            completed,
                            VerificationCode.random(),
                            completed
                                    .activeSessions()
                                    .get(completed.activeSessions().size() - 1)
                                    .end()
                                    .atZone(AcademyTime.ZONE)
                                    .toInstant()));
                    // as Certificates does (V61: the dashboard counts the certified enrolments)
                    new JpaEnrolmentRepository(em, new JpaCohortRepository(em))
                            .markCertified(completed.id(), e.member().id(), true);
                });
    }

    private static void mark(
            EntityManager em, Session session, Account member, AttendanceStatus status, Account trainer, Instant at) {
        Attendance attendance = new Attendance(session, member);
        attendance.mark(status, trainer, false, WINDOW, session.start().toLocalDate(), at);
        em.persist(attendance);
    }

    private static Account trainer(Cohort cohort) {
        return cohort.trainers().iterator().next();
    }

    private static Cohort cohort(EntityManager em, String title) {
        return em.createQuery("SELECT c FROM Cohort c WHERE c.title = :title", Cohort.class)
                .setParameter("title", title)
                .getSingleResult();
    }

    private static List<Enrolment> seated(EntityManager em, Cohort cohort) {
        return em.createQuery(
                        "SELECT e FROM Enrolment e WHERE e.cohort = :cohort AND e.status IN :seated ORDER BY e.id",
                        Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("seated", EnrolmentStatus.seated())
                .getResultList();
    }
}
