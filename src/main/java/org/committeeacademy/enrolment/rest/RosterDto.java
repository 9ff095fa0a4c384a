package org.committeeacademy.enrolment.rest;

import java.util.List;
import org.committeeacademy.enrolment.application.RosterView;

/** A cohort's roster: seats, the move-up rule, the seated, the requests, the waiting list in order, and who left. */
public record RosterDto(
        long cohortId,
        String title,
        int capacity,
        int seatsTaken,
        String moveUp,
        int offerHours,
        boolean approvalRequired,
        List<EnrolmentDto> seated,
        List<EnrolmentDto> requested,
        List<EnrolmentDto> waiting,
        List<EnrolmentDto> ended) {

    static RosterDto of(RosterView r) {
        return new RosterDto(
                r.cohortId(),
                r.title(),
                r.capacity(),
                r.seatsTaken(),
                r.moveUp().name(),
                r.offerHours(),
                r.approvalRequired(),
                r.seated().stream().map(EnrolmentDto::of).toList(),
                r.requested().stream().map(EnrolmentDto::of).toList(),
                r.waiting().stream().map(EnrolmentDto::of).toList(),
                r.ended().stream().map(EnrolmentDto::of).toList());
    }
}
