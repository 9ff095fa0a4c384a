package org.committeeacademy.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.committeeacademy.attendance.domain.Attendance;
import org.committeeacademy.attendance.domain.AttendanceRepository;
import org.committeeacademy.attendance.domain.AttendanceStatus;
import org.committeeacademy.attendance.domain.CorrectionWindow;
import org.committeeacademy.attendance.domain.JoinRecords;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Taking attendance: a session's trainers (its own or the cohort's) and staff mark the seated members; trainers within
 * the correction window, staff always. To anyone else the session does not exist.
 */
@ApplicationScoped
@Transactional
public class AttendanceBook {

    @Inject
    AttendanceRepository attendance;

    @Inject
    CohortRepository cohorts;

    @Inject
    SeatedMembers seated;

    @Inject
    JoinRecords joins;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<AttendanceChanged> changed;

    Clock clock = Clock.systemUTC();

    /** The caller's sessions today, as session or cohort trainer, each with its list. */
    public List<SessionSheet> today() {
        Account trainer = currentUser.requireAnyRole(Role.TRAINER);
        LocalDate today = venueToday();
        return attendance
                .sessionsStarting(today.atStartOfDay(), today.plusDays(1).atStartOfDay())
                .stream()
                .filter(s -> teaches(s, trainer))
                .map(s -> sheet(s, trainer))
                .toList();
    }

    public SessionSheet sheet(long sessionId) {
        Account caller = currentUser.require();
        return sheet(accessible(sessionId, caller), caller);
    }

    /** A cohort's sessions that take place, for its trainers and staff (else 404). */
    public List<SessionLink> sessionsOf(long cohortId) {
        Account caller = currentUser.require();
        var cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        if (!manages(cohort) && !TrainerRule.actsAsTrainer(cohort, caller)) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort.activeSessions().stream()
                .map(s -> new SessionLink(s.id(), s.module().title(), s.start()))
                .toList();
    }

    public AttendanceRow mark(long sessionId, long memberId, AttendanceStatus status) {
        return markAll(sessionId, List.of(new Mark(memberId, status))).stream()
                .filter(r -> r.memberId() == memberId)
                .findFirst()
                .orElseThrow();
    }

    /** Marks each listed member; all or nothing. Returns the session's whole list afterwards. */
    public List<AttendanceRow> markAll(long sessionId, List<Mark> marks) {
        Account caller = currentUser.require();
        accessible(sessionId, caller); // who may not mark it locks nothing
        // the session counts the marks: one change of its attendance at a time (the lock re-reads it)
        Session session =
                cohorts.lockSession(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        Map<Long, Enrolment> members = seated.byMember(session.cohort().id());
        boolean staff = manages(session.cohort());
        for (Mark mark : marks) {
            Enrolment enrolment = members.get(mark.memberId());
            if (enrolment == null) {
                throw new ValidationException("memberId", "attendance.notSeated");
            }
            Attendance row = attendance
                    .find(sessionId, mark.memberId())
                    .orElseGet(() -> attendance.add(new Attendance(session, enrolment.member())));
            if (row.mark(mark.status(), caller, staff, window(), venueToday(), now())) {
                changed.fire(new AttendanceChanged(session.cohort().id(), mark.memberId()));
            }
        }
        return rows(session);
    }

    /**
     * The trainer confirms the proposal: everyone who pressed "Teilnehmen" and is not marked yet becomes present. Marks
     * already set stay as they are. Returns the session's whole list afterwards.
     */
    public List<AttendanceRow> confirmJoined(long sessionId) {
        List<Mark> marks = sheet(sessionId).rows().stream()
                .filter(AttendanceRow::presenceProposed)
                .map(r -> new Mark(r.memberId(), AttendanceStatus.PRESENT))
                .toList();
        return markAll(sessionId, marks);
    }

    private SessionSheet sheet(Session s, Account caller) {
        LocalDate day = s.start().toLocalDate();
        boolean editable =
                !venueToday().isBefore(day) && (manages(s.cohort()) || window().isOpenForTrainers(day, venueToday()));
        return new SessionSheet(
                s.id(),
                s.cohort().id(),
                s.cohort().title(),
                s.module().title(),
                s.start(),
                s.end(),
                s.cohort().venue().name()
                        + (s.room() == null ? "" : ", " + s.room().name())
                        + (s.hasOnlineRoom() ? (s.room() == null ? ", " : " + ") + "online" : ""),
                editable,
                window().lastDayFor(day),
                rows(s));
    }

    private List<AttendanceRow> rows(Session session) {
        Map<Long, Attendance> marks = attendance.ofSession(session.id()).stream()
                .collect(Collectors.toMap(a -> a.member().id(), Function.identity()));
        Map<Long, Long> absences = attendance.ofCohort(session.cohort().id()).stream()
                .filter(a -> a.is(AttendanceStatus.ABSENT))
                .collect(Collectors.groupingBy(a -> a.member().id(), Collectors.counting()));
        Set<Long> joined = session.hasOnlineRoom() ? joins.membersJoined(session.id()) : Set.of();
        Collator collator = Collator.getInstance(Locale.GERMAN);
        return seated.byMember(session.cohort().id()).values().stream()
                .map(Enrolment::member)
                .sorted(Comparator.comparing(Account::name, collator))
                .map(m -> {
                    Attendance a = marks.get(m.id());
                    return new AttendanceRow(
                            m.id(),
                            m.name(),
                            a == null ? null : a.status().orElse(null),
                            a != null && a.hasApology(),
                            a == null ? null : a.apologyNote(),
                            absences.getOrDefault(m.id(), 0L).intValue(),
                            joined.contains(m.id()));
                })
                .toList();
    }

    private Session accessible(long sessionId, Account caller) {
        Session session =
                cohorts.findSession(sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
        if (!manages(session.cohort()) && !teaches(session, caller)) {
            throw new NotFoundException("session " + sessionId);
        }
        return session;
    }

    /** Whether the account teaches the session: named on it, or one of its cohort's trainers. */
    public static boolean teaches(Session session, Account account) {
        return TrainerRule.teaches(session, account);
    }

    /** Admins, and staff of the cohort's organisation; to staff of another one its sessions do not exist. */
    private boolean manages(Cohort cohort) {
        return currentUser.manages(cohort.organisationId());
    }

    CorrectionWindow window() {
        return new CorrectionWindow(AcademySettings.current().attendanceCorrectionDays());
    }

    private LocalDate venueToday() {
        return LocalDate.now(clock.withZone(AcademyTime.ZONE));
    }

    private Instant now() {
        return clock.instant();
    }
}
