package org.committeeacademy.enrolment.domain;

import java.time.Instant;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.identity.domain.Account;

/**
 * A member enrols themself in a rush: decided from the locked cohort, the member's own enrolment there (if any) and
 * the {@link RosterCounts}, without loading the roster — one seat count or one waiting-list ticket on the cohort's
 * row and one new enrolment. The rules are the {@link Roster}'s own ({@link Roster#enrol}); when a request needs more
 * than the counts (the member comes back after leaving, or an offer ran out and must be passed on first) the answer
 * is empty and the caller asks the whole roster.
 */
public final class Arrival {

    /** The outcome of a quick enrolment: the enrolment, its waiting position (0 if not waiting), and whether it is new. */
    public record Placed(Enrolment enrolment, int position, boolean created) {}

    private Arrival() {}

    /**
     * @param previous the member's enrolment in this cohort, if there is one
     * @param waitingPosition the current position of {@code previous} if it is waiting (asked only then)
     */
    public static Optional<Placed> enrol(
            Cohort cohort,
            Optional<Enrolment> previous,
            java.util.function.IntSupplier waitingPosition,
            RosterCounts counts,
            Account member,
            Instant now) {
        if (previous.isPresent()) {
            Enrolment found = previous.get();
            if (!found.status().isActive()) {
                return Optional.empty();
            }
            boolean waiting = found.status() == EnrolmentStatus.WAITLISTED;
            return Optional.of(new Placed(found, waiting ? waitingPosition.getAsInt() : 0, false));
        }
        if (counts.offersRunOut()) {
            return Optional.empty();
        }
        Roster.requireOpenForEnrolment(cohort, now);
        EnrolmentList.requireMember(member);
        Enrolment enrolment = new Enrolment(cohort, member, now);
        if (cohort.approvalRequired()) {
            enrolment.request(ChangeCause.ENROLLED, member, now);
            return Optional.of(new Placed(enrolment, 0, true));
        }
        if (SeatAllocation.seatIsFree(cohort.capacity(), counts.held(), counts.waiting())) {
            enrolment.confirm(ChangeCause.ENROLLED, member, now, null);
            cohort.seats().recount(counts.held() + 1, cohort.capacity());
            return Optional.of(new Placed(enrolment, 0, true));
        }
        int position = counts.waiting() + 1;
        enrolment.waitlist(cohort.seats().issueTicket(), position, ChangeCause.ENROLLED, member, now, null);
        return Optional.of(new Placed(enrolment, position, true));
    }
}
