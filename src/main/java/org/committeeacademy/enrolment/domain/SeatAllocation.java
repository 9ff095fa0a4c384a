package org.committeeacademy.enrolment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.MoveUp;
import org.committeeacademy.identity.domain.Account;

/**
 * How a cohort's seats go round: a newcomer takes a seat only when one is free and nobody is waiting, else queues
 * with the next ticket; a freed seat goes to the first person waiting, straight away or as an offer, as the cohort's
 * move-up rule says. Every change of the seats held goes to the cohort's seat book at once, which refuses more than
 * the capacity.
 */
final class SeatAllocation {

    private final Cohort cohort;
    private final EnrolmentList enrolments;

    SeatAllocation(Cohort cohort, EnrolmentList enrolments) {
        this.cohort = cohort;
        this.enrolments = enrolments;
    }

    void place(Enrolment enrolment, ChangeCause cause, Account by, Instant now, String note) {
        if (seatIsFree(
                cohort.capacity(), enrolments.held(), enrolments.waiting().size())) {
            enrolment.confirm(cause, by, now, note);
            recount();
        } else {
            int position = enrolments.waiting().size() + 1;
            enrolment.waitlist(cohort.seats().issueTicket(), position, cause, by, now, note);
        }
    }

    /** A newcomer takes a seat only when one is free and nobody is waiting for it: nobody jumps the queue. */
    static boolean seatIsFree(int capacity, int held, int waiting) {
        return held < capacity && waiting == 0;
    }

    void fillFreeSeats(Instant now) {
        recount();
        List<Enrolment> queue = enrolments.waiting();
        for (int i = 0; i < queue.size() && freeSeats() > 0; i++) {
            Enrolment next = queue.get(i);
            if (cohort.seats().moveUp() == MoveUp.OFFER) {
                next.offer(now.plus(Duration.ofHours(cohort.seats().offerHours())), null, now);
            } else {
                next.confirm(ChangeCause.MOVED_UP, null, now, null);
            }
            recount();
        }
    }

    void recount() {
        cohort.seats().recount(enrolments.held(), cohort.capacity());
    }

    int freeSeats() {
        return Math.max(0, cohort.capacity() - enrolments.held());
    }
}
