package org.committeeacademy.attendance.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Session;

public interface AttendanceRepository {

    Optional<Attendance> find(long sessionId, long memberId);

    List<Attendance> ofSession(long sessionId);

    /** All attendance rows of a cohort's sessions. */
    List<Attendance> ofCohort(long cohortId);

    List<Attendance> ofMemberInCohort(long memberId, long cohortId);

    Attendance add(Attendance attendance);

    boolean warned(long enrolmentId, int threshold);

    void add(AbsenceWarning warning);

    List<AbsenceWarning> warningsOfCohort(long cohortId);

    /** Sessions that take place (neither they nor their cohort cancelled) starting in that span, earliest first. */
    List<Session> sessionsStarting(LocalDateTime from, LocalDateTime to);
}
