package org.committeeacademy.enrolment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortStatus;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * All enrolments of one cohort, loaded while the cohort's row is locked: the place where the seat and waiting-list
 * rules live. Seats are a hard limit; a seat is free only when nobody is waiting for it, so nobody jumps the
 * queue; a seat that frees goes to the first person waiting, straight away or as an offer; the order of the
 * waiting list is the order people came in. {@link SeatAllocation} hands the seats out, {@link EnrolmentList} finds
 * and checks the enrolments.
 */
public final class Roster {

    /** The enrolment a request ended in, and whether the request made it (or found it). */
    public record Placement(Enrolment enrolment, boolean created) {}

    private final Cohort cohort;
    private final EnrolmentList enrolments;
    private final SeatAllocation allocation;

    public Roster(Cohort cohort, Collection<Enrolment> enrolments) {
        this.cohort = cohort;
        this.enrolments = new EnrolmentList(cohort, enrolments);
        this.allocation = new SeatAllocation(cohort, this.enrolments);
    }

    /** A member enrols themself: only while the cohort is open and its window is. */
    public Placement enrol(Account member, Instant now) {
        Optional<Enrolment> existing = enrolments.active(member);
        if (existing.isPresent()) {
            return new Placement(existing.get(), false);
        }
        requireOpenForEnrolment(cohort, now);
        Enrolment enrolment = enrolments.start(member, now);
        if (cohort.approvalRequired()) {
            enrolment.request(ChangeCause.ENROLLED, member, now);
        } else {
            allocation.place(enrolment, ChangeCause.ENROLLED, member, now, null);
        }
        return new Placement(enrolment, true);
    }

    /** Members enrol themselves only while the cohort is open and its window is. */
    static void requireOpenForEnrolment(Cohort cohort, Instant now) {
        if (!cohort.isOpenForEnrolment(today(now))) {
            throw new ConflictException("enrolment.closed");
        }
    }

    /** Staff enrol a member on their behalf: also outside the window and without approval. */
    public Placement enrolOnBehalf(Account member, Account staff, Instant now) {
        Optional<Enrolment> existing = enrolments.active(member);
        if (existing.isPresent()) {
            return new Placement(existing.get(), false);
        }
        requireTakingPeople();
        Enrolment enrolment = enrolments.start(member, now);
        allocation.place(enrolment, ChangeCause.ENROLLED_BY_STAFF, staff, now, null);
        return new Placement(enrolment, true);
    }

    public void approve(Enrolment enrolment, Account staff, Instant now) {
        enrolments.require(enrolment, EnrolmentStatus.REQUESTED);
        allocation.place(enrolment, ChangeCause.APPROVED, staff, now, null);
    }

    public void decline(Enrolment enrolment, String reason, Account staff, Instant now) {
        enrolments.require(enrolment, EnrolmentStatus.REQUESTED);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "enrolment.decline.reasonRequired");
        }
        if (reason.length() > 500) {
            throw new ValidationException("reason", "validation.tooLong");
        }
        enrolment.decline(reason.strip(), staff, now);
    }

    public void acceptOffer(Enrolment enrolment, Account member, Instant now) {
        enrolments.require(enrolment, EnrolmentStatus.OFFERED);
        if (enrolment.isOfferExpired(now)) {
            throw new ConflictException("enrolment.offer.expired");
        }
        enrolment.confirm(ChangeCause.OFFER_ACCEPTED, member, now, null);
        allocation.recount();
    }

    public void declineOffer(Enrolment enrolment, Account member, Instant now) {
        enrolments.require(enrolment, EnrolmentStatus.OFFERED);
        enrolment.cancel(ChangeCause.OFFER_DECLINED, member, now, null);
        allocation.fillFreeSeats(now);
    }

    /**
     * A member gives up their place: a seat until the cohort's cancellation deadline, a request or a waiting place
     * at any time. After the deadline the member has to ask the venue.
     */
    public void cancelByMember(Enrolment enrolment, Account member, Instant now) {
        enrolments.requireActive(enrolment);
        EnrolmentStatus status = enrolment.status();
        if (status == EnrolmentStatus.WAITLISTED) {
            enrolment.cancel(ChangeCause.LEFT_WAITLIST, member, now, null);
            return;
        }
        if (status == EnrolmentStatus.COMPLETED || !canMemberCancel(enrolment, now)) {
            throw new ConflictException(
                    "enrolment.cancel.deadline",
                    cohort.venue().name(),
                    cohort.venue().contactLine(),
                    cohort.cancellationDeadline());
        }
        enrolment.cancel(
                status == EnrolmentStatus.OFFERED ? ChangeCause.OFFER_DECLINED : ChangeCause.CANCELLED_BY_MEMBER,
                member,
                now,
                null);
        allocation.fillFreeSeats(now);
    }

    /** Whether the member may still give up the place themself. */
    public boolean canMemberCancel(Enrolment enrolment, Instant now) {
        EnrolmentStatus status = enrolment.status();
        if (status == EnrolmentStatus.WAITLISTED || status == EnrolmentStatus.REQUESTED) {
            return true;
        }
        if (!status.isActive() || status == EnrolmentStatus.COMPLETED) {
            return false;
        }
        LocalDate deadline = cohort.cancellationDeadline();
        return deadline == null || !today(now).isAfter(deadline);
    }

    /** Staff can always cancel a place that is still active, also after the deadline. */
    public void cancelByStaff(Enrolment enrolment, String note, Account staff, Instant now) {
        enrolments.requireActive(enrolment);
        if (enrolment.status() == EnrolmentStatus.COMPLETED) {
            throw new ConflictException("enrolment.completed");
        }
        enrolment.cancel(ChangeCause.CANCELLED_BY_STAFF, staff, now, blankToNull(note));
        allocation.fillFreeSeats(now);
    }

    /**
     * Moves a member to another cohort of the same series: the place here ends (and goes to the next person
     * waiting), and the member joins the other cohort like any staff enrolment, so they wait there if it is full.
     */
    public Placement moveTo(Enrolment enrolment, Roster target, Account staff, Instant now) {
        enrolments.requireActive(enrolment);
        if (same(target.cohort, cohort, Cohort::id)) {
            throw new ValidationException("cohortId", "enrolment.move.sameCohort");
        }
        if (!same(target.cohort.series(), cohort.series(), s -> s.id())) {
            throw new ValidationException("cohortId", "enrolment.move.otherSeries");
        }
        if (enrolment.status() == EnrolmentStatus.COMPLETED) {
            throw new ConflictException("enrolment.completed");
        }
        if (target.enrolments.active(enrolment.member()).isPresent()) {
            throw new ConflictException("enrolment.move.alreadyThere", target.cohort.title());
        }
        target.requireTakingPeople();
        enrolment.cancel(ChangeCause.MOVED_OUT, staff, now, target.cohort.title());
        allocation.fillFreeSeats(now);
        Enrolment moved = target.enrolments.start(enrolment.member(), now);
        target.allocation.place(moved, ChangeCause.MOVED_IN, staff, now, cohort.title());
        return new Placement(moved, true);
    }

    /** Offers not answered in time pass to the next person waiting. */
    public int expireOffers(Instant now) {
        List<Enrolment> expired = enrolments.expiredOffers(now);
        expired.forEach(e -> e.cancel(ChangeCause.OFFER_EXPIRED, null, now, null));
        if (!expired.isEmpty()) {
            allocation.fillFreeSeats(now);
        }
        return expired.size();
    }

    /** After the capacity or the move-up rule changed: free seats go to the people waiting. */
    public void seatsChanged(Instant now) {
        allocation.fillFreeSeats(now);
    }

    private void requireTakingPeople() {
        CohortStatus status = cohort.status();
        if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
            throw new ConflictException("enrolment.cohortClosed");
        }
    }

    /** The same object, or the same stored row. */
    private static <T> boolean same(T a, T b, java.util.function.Function<T, Object> id) {
        return a == b || (id.apply(a) != null && id.apply(a).equals(id.apply(b)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, AcademyTime.ZONE);
    }

    public Cohort cohort() {
        return cohort;
    }

    /** The people waiting, first come first served. */
    public List<Enrolment> waiting() {
        return enrolments.waiting();
    }

    /** 1 for the first person waiting; empty for anyone not waiting. */
    public OptionalInt position(Enrolment enrolment) {
        List<Enrolment> queue = waiting();
        int index = queue.indexOf(enrolment);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    public int freeSeats() {
        return allocation.freeSeats();
    }

    public List<Enrolment> enrolments() {
        return enrolments.all();
    }

    /** The enrolments this roster made, for the repository to store. */
    public List<Enrolment> created() {
        return enrolments.created();
    }
}
