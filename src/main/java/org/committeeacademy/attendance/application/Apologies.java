package org.committeeacademy.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.committeeacademy.attendance.domain.Attendance;
import org.committeeacademy.attendance.domain.AttendanceRepository;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;

/** A member's advance apologies for sessions of their cohort, sent and withdrawn until the session starts. */
@ApplicationScoped
@Transactional
public class Apologies {

    @Inject
    AttendanceRepository attendance;

    @Inject
    CohortRepository cohorts;

    @Inject
    SeatedMembers seated;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<AttendanceChanged> changed;

    Clock clock = Clock.systemUTC();

    public List<UpcomingSession> upcoming(long cohortId) {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        Cohort cohort = seatedIn(cohortId, member);
        Map<Long, Attendance> mine = attendance.ofMemberInCohort(member.id(), cohortId).stream()
                .collect(Collectors.toMap(a -> a.session().id(), Function.identity()));
        return cohort.activeSessions().stream()
                .filter(s -> s.start().isAfter(venueNow()))
                .map(s -> {
                    Attendance a = mine.get(s.id());
                    boolean apology = a != null && a.hasApology();
                    return new UpcomingSession(
                            s.id(), s.module().title(), s.start(), apology, apology ? a.apologyNote() : null);
                })
                .toList();
    }

    public void apologise(long sessionId, String note) {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        Session session = session(sessionId, member);
        Attendance row = attendance
                .find(sessionId, member.id())
                .orElseGet(() -> attendance.add(new Attendance(session, member)));
        row.apologise(note, venueNow(), clock.instant());
        changed.fire(new AttendanceChanged(session.cohort().id(), member.id()));
    }

    public void withdraw(long sessionId) {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        Session session = session(sessionId, member);
        Attendance row = attendance
                .find(sessionId, member.id())
                .orElseThrow(() -> new NotFoundException("apology for session " + sessionId));
        row.withdrawApology(venueNow(), clock.instant());
        changed.fire(new AttendanceChanged(session.cohort().id(), member.id()));
    }

    /**
     * Locked once the member is known to be seated in its cohort (no one else locks it): the session counts its
     * participants by status, one change at a time.
     */
    private Session session(long sessionId, Account member) {
        Session session =
                cohorts.findSession(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        seatedIn(session.cohort().id(), member);
        return cohorts.lockSession(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
    }

    private Cohort seatedIn(long cohortId, Account member) {
        Enrolment enrolment = seated.byMember(cohortId).get(member.id());
        if (enrolment == null) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return enrolment.cohort();
    }

    private LocalDateTime venueNow() {
        return LocalDateTime.now(clock.withZone(AcademyTime.ZONE));
    }
}
