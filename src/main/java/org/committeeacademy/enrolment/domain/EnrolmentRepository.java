package org.committeeacademy.enrolment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;

public interface EnrolmentRepository {

    /**
     * Locks the cohort's row until the transaction ends and loads all its enrolments fresh from the database: every
     * change of seats or of the waiting list goes through here, so such changes to one cohort happen one at a time.
     */
    Optional<Roster> lockRoster(long cohortId);

    /**
     * Locks the cohort's row until the transaction ends, without loading its roster: for a newcomer's request, which
     * needs only {@link #counts} and the member's own enrolment ({@link Arrival}).
     */
    Optional<Cohort> lockCohort(long cohortId);

    /** The member's enrolment in the cohort, if any (there is at most one row per member and cohort). */
    Optional<Enrolment> of(long cohortId, long memberId);

    /** The enrolments these members have in the cohort (a group of a rush: one query for all of them). */
    List<Enrolment> ofMembers(long cohortId, Collection<Long> memberIds);

    /** The seats held and the people waiting in a cohort, and whether an offer ran out by then. */
    RosterCounts counts(long cohortId, Instant now);

    /** Stores one new enrolment made by an {@link Arrival}. */
    void add(Enrolment enrolment);

    /** Stores the new enrolments made by {@link Arrivals}, in one flush. */
    void addAll(List<Enrolment> created);

    /** The roster of a cohort this transaction has already locked. */
    Roster rosterOf(Cohort lockedCohort);

    /** Stores the enrolments the roster made. */
    void store(Roster roster);

    Optional<Enrolment> find(long id);

    /** All enrolments of a cohort, for reading (no lock). */
    List<Enrolment> ofCohort(long cohortId);

    /** Cohorts of the same series a member could be moved to: not the same one, not over. */
    List<Cohort> moveTargets(Cohort from);

    /** The member's enrolments, newest first. */
    List<Enrolment> ofMember(long memberId);

    /** The member's enrolments with their cohorts and sessions, newest first, for an overview without histories. */
    List<Enrolment> coursesOf(long memberId);

    /** Cohorts with an offer that ran out by then, for the offer clock. */
    List<Long> cohortsWithExpiredOffers(Instant now);

    /** 1 for the first person waiting in the enrolment's cohort; 0 if the enrolment is not waiting. */
    int position(Enrolment enrolment);

    /** Whether the account holds a seat in the cohort (confirmed or completed): who may see its materials, calendar. */
    boolean isSeated(long cohortId, long accountId);

    /**
     * Keeps on the member's enrolment in the cohort whether they hold a valid certificate of it (V61: the dashboard's
     * counts of certificates and completed people). Not part of the roster: no version is taken.
     */
    void markCertified(long cohortId, long memberId, boolean certified);
}
