package org.committeeacademy.enrolment.application;

import java.time.LocalDate;
import java.util.List;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.cohort.domain.MoveUp;
import org.committeeacademy.shared.domain.LocalizedText;

/** A cohort's roster: seats, the rule for freed seats, and everybody who ever enrolled, grouped, the waiting in order. */
public record RosterView(
        long cohortId,
        String title,
        LocalizedText seriesTitle,
        String venueName,
        int capacity,
        int seatsTaken,
        MoveUp moveUp,
        int offerHours,
        boolean approvalRequired,
        LocalDate cancellationDeadline,
        List<EnrolmentView> seated,
        List<EnrolmentView> requested,
        List<EnrolmentView> waiting,
        List<EnrolmentView> ended,
        CohortStatus cohortStatus) {

    /** Completed and cancelled cohorts take no one any more: the page hides the forms that would add people. */
    public boolean takesPeople() {
        return cohortStatus != CohortStatus.COMPLETED && cohortStatus != CohortStatus.CANCELLED;
    }

    /** Confirmed and completed: the people on the sign-in sheet. */
    public List<EnrolmentView> confirmed() {
        return seated.stream().filter(e -> e.status().isSeated()).toList();
    }

    public int freeSeats() {
        return Math.max(0, capacity - seatsTaken);
    }
}
