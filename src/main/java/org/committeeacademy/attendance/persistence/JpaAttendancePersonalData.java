package org.committeeacademy.attendance.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.committeeacademy.attendance.domain.Attendance;

/** The queries behind the attendance feature's part of a person's data export and erasure. */
@ApplicationScoped
public class JpaAttendancePersonalData {

    @PersistenceContext(unitName = "academy")
    private EntityManager em;

    JpaAttendancePersonalData() {}

    /** For use without a container, e.g. in tests on embedded Derby. */
    public JpaAttendancePersonalData(EntityManager em) {
        this.em = em;
    }

    /** The member's attendance, session by session. */
    public List<Attendance> attendanceOf(long memberId) {
        return em.createQuery(
                        "SELECT a FROM Attendance a WHERE a.member.id = :id ORDER BY a.session.startsAt",
                        Attendance.class)
                .setParameter("id", memberId)
                .getResultList();
    }

    public List<Warning> warningsOf(long memberId) {
        List<?> rows = em.createNativeQuery("SELECT c.title, w.absences, w.warned_at FROM absence_warning w"
                        + " JOIN enrolment e ON e.id = w.enrolment_id JOIN cohort c ON c.id = e.cohort_id"
                        + " WHERE e.member_id = ? ORDER BY w.warned_at")
                .setParameter(1, memberId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Warning(String.valueOf(r[0]), ((Number) r[1]).intValue(), ((Timestamp) r[2]).toInstant()))
                .toList();
    }

    public void clearApologyNotes(long memberId) {
        em.createNativeQuery("UPDATE attendance SET apology_note = NULL WHERE member_id = ?")
                .setParameter(1, memberId)
                .executeUpdate();
    }

    /** The member's presses of "Teilnehmen" (V41), session by session. */
    public List<Join> joinsOf(long memberId) {
        List<?> rows = em.createNativeQuery("SELECT c.title, s.starts_at, j.first_joined_at, j.last_joined_at"
                        + " FROM session_join j JOIN cohort_session s ON s.id = j.session_id"
                        + " JOIN cohort c ON c.id = s.cohort_id WHERE j.member_id = ? ORDER BY s.starts_at")
                .setParameter(1, memberId)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Join(
                        String.valueOf(r[0]),
                        ((Timestamp) r[1]).toLocalDateTime().toString(),
                        ((Timestamp) r[2]).toInstant(),
                        ((Timestamp) r[3]).toInstant()))
                .toList();
    }

    /** The presses only served to propose attendance; the marks themselves stay. */
    public void deleteJoins(long memberId) {
        em.createNativeQuery("DELETE FROM session_join WHERE member_id = ?")
                .setParameter(1, memberId)
                .executeUpdate();
    }

    public record Join(String cohort, String session, Instant first, Instant last) {}

    /** An absence warning the member had, with their cohort's title. */
    public record Warning(String cohort, int absences, Instant warnedAt) {}
}
