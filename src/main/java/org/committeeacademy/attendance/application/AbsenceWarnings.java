package org.committeeacademy.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.committeeacademy.attendance.domain.AbsenceWarning;
import org.committeeacademy.attendance.domain.AttendanceRepository;
import org.committeeacademy.attendance.domain.AttendanceStatus;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.config.AcademySettings;

/**
 * After each change of attendance: once a member's absences in a cohort reach the threshold
 * (ACADEMY_ABSENCE_WARNING_AFTER), the warning is recorded once and {@link AbsenceWarningDue} is fired for the
 * notification feature.
 */
@ApplicationScoped
public class AbsenceWarnings {

    @Inject
    AttendanceRepository attendance;

    @Inject
    SeatedMembers seated;

    @Inject
    Event<AbsenceWarningDue> due;

    Clock clock = Clock.systemUTC();

    void check(@Observes AttendanceChanged change) {
        int threshold = AcademySettings.current().absenceWarningAfter();
        int absences = (int) attendance.ofMemberInCohort(change.memberId(), change.cohortId()).stream()
                .filter(a -> a.is(AttendanceStatus.ABSENT))
                .count();
        Enrolment enrolment = seated.byMember(change.cohortId()).get(change.memberId());
        if (enrolment == null
                || !AbsenceWarning.isDue(absences, threshold)
                || attendance.warned(enrolment.id(), threshold)) {
            return;
        }
        attendance.add(new AbsenceWarning(enrolment, threshold, absences, clock.instant()));
        List<Long> trainers =
                enrolment.cohort().trainers().stream().map(Account::id).toList();
        due.fire(new AbsenceWarningDue(change.memberId(), change.cohortId(), absences, trainers));
    }

    /** Members of the cohort warned so far, with the absences counted at their (latest) warning. */
    public Map<Long, Integer> warnedIn(long cohortId) {
        return attendance.warningsOfCohort(cohortId).stream()
                .collect(Collectors.toMap(w -> w.enrolment().member().id(), AbsenceWarning::absences, Math::max));
    }
}
