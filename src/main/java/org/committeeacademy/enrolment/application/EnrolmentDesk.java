package org.committeeacademy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.committeeacademy.cohort.application.SeatsChanged;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.MoveUp;
import org.committeeacademy.enrolment.domain.Arrival;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.enrolment.domain.Roster;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Enrolment requests of members and staff. Each one locks its cohort's row first and then works on the cohort's
 * {@link Roster}, so requests for one cohort take turns however many arrive at once; offers that ran out are
 * passed on before anything else happens.
 */
@ApplicationScoped
@Transactional
public class EnrolmentDesk {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<EnrolmentsChanged> enrolmentsChanged;

    Clock clock = Clock.systemUTC();

    /**
     * The caller enrols themself; enrolling again returns the enrolment they have. The rush path: under the cohort's
     * lock only the counts and the member's own row are read and one enrolment is written ({@link Arrival}); the
     * whole roster is loaded only when the member comes back after leaving or an offer ran out.
     */
    public Outcome enrol(long cohortId) {
        Account member = currentUser.requireAnyRole(Role.MEMBER);
        Cohort cohort = enrolments.lockCohort(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        if (!cohort.isVisibleToPublic()) {
            throw new NotFoundException("cohort " + cohortId);
        }
        Instant now = now();
        Optional<Enrolment> previous = enrolments.of(cohortId, member.id());
        Optional<Arrival.Placed> placed = Arrival.enrol(
                cohort,
                previous,
                () -> enrolments.position(previous.orElseThrow()),
                enrolments.counts(cohortId, now),
                member,
                now);
        if (placed.isEmpty()) {
            Roster roster = roster(cohortId);
            return stored(roster, roster.enrol(member, now));
        }
        Arrival.Placed quick = placed.get();
        if (quick.created()) {
            enrolments.add(quick.enrolment());
            enrolmentsChanged.fire(new EnrolmentsChanged(cohortId));
        }
        return new Outcome(quick.enrolment(), quick.position(), quick.created());
    }

    /** Staff enrol a member on their behalf. */
    public Outcome enrolMember(long cohortId, long memberId) {
        Account staff = requireStaff();
        Account member = accounts.find(memberId)
                .orElseThrow(() -> new ValidationException("memberId", "enrolment.member.unknown"));
        Roster roster = managed(roster(cohortId));
        return stored(roster, roster.enrolOnBehalf(member, staff, now()));
    }

    public Enrolment approve(long enrolmentId) {
        Account staff = requireStaff();
        Target target = managed(target(enrolmentId));
        target.roster.approve(target.enrolment, staff, now());
        return target.enrolment;
    }

    public Enrolment decline(long enrolmentId, String reason) {
        Account staff = requireStaff();
        Target target = managed(target(enrolmentId));
        target.roster.decline(target.enrolment, reason, staff, now());
        return target.enrolment;
    }

    /** The member gives up their own place (until the deadline), or staff cancel any place. */
    public Enrolment cancel(long enrolmentId, String note) {
        Account caller = currentUser.require();
        Target target = target(enrolmentId);
        if (currentUser.manages(target.roster.cohort().organisationId())) {
            target.roster.cancelByStaff(target.enrolment, note, caller, now());
        } else {
            requireOwn(target.enrolment, caller);
            target.roster.cancelByMember(target.enrolment, caller, now());
        }
        return target.enrolment;
    }

    public Enrolment acceptOffer(long enrolmentId) {
        Account member = currentUser.require();
        Target target = target(enrolmentId);
        requireOwn(target.enrolment, member);
        target.roster.acceptOffer(target.enrolment, member, now());
        return target.enrolment;
    }

    public Enrolment declineOffer(long enrolmentId) {
        Account member = currentUser.require();
        Target target = target(enrolmentId);
        requireOwn(target.enrolment, member);
        target.roster.declineOffer(target.enrolment, member, now());
        return target.enrolment;
    }

    /** Staff move a member to another cohort of the same series; both cohorts are locked, lower id first. */
    public Outcome move(long enrolmentId, long targetCohortId) {
        Account staff = requireStaff();
        Enrolment found = find(enrolmentId);
        long sourceId = found.cohort().id();
        if (sourceId == targetCohortId) {
            throw new ValidationException("cohortId", "enrolment.move.sameCohort");
        }
        Roster first = managed(roster(Math.min(sourceId, targetCohortId)));
        Roster second = managed(roster(Math.max(sourceId, targetCohortId)));
        Roster source = sourceId < targetCohortId ? first : second;
        Roster destination = source == first ? second : first;
        Roster.Placement placement = source.moveTo(found, destination, staff, now());
        return stored(destination, placement);
    }

    /** Staff choose how freed seats are passed on; seats free right now go out under the new rule. */
    public void changeMoveUp(long cohortId, MoveUp mode, int offerHours) {
        requireStaff();
        Roster roster = managed(roster(cohortId));
        roster.cohort().seats().changeMoveUp(mode, offerHours);
        roster.seatsChanged(now());
    }

    /** Passes on the offers of one cohort that ran out; the offer clock calls it for each such cohort. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expireOffers(long cohortId) {
        enrolmentsChanged.fire(new EnrolmentsChanged(cohortId));
        return enrolments.lockRoster(cohortId).map(r -> r.expireOffers(now())).orElse(0);
    }

    void seatsChanged(@Observes SeatsChanged event) {
        enrolments.rosterOf(event.cohort()).seatsChanged(now());
        enrolmentsChanged.fire(new EnrolmentsChanged(event.cohort().id()));
    }

    private Outcome stored(Roster roster, Roster.Placement placement) {
        enrolments.store(roster);
        Enrolment enrolment = placement.enrolment();
        return new Outcome(enrolment, roster.position(enrolment).orElse(0), placement.created());
    }

    private Roster roster(long cohortId) {
        Roster roster = enrolments.lockRoster(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        enrolmentsChanged.fire(new EnrolmentsChanged(cohortId));
        roster.expireOffers(now());
        return roster;
    }

    private record Target(Roster roster, Enrolment enrolment) {}

    private Target target(long enrolmentId) {
        Enrolment enrolment = find(enrolmentId);
        return new Target(roster(enrolment.cohort().id()), enrolment);
    }

    /** Someone else's enrolment is answered as unknown, never shown. */
    private Enrolment find(long enrolmentId) {
        Account caller = currentUser.require();
        Enrolment enrolment =
                enrolments.find(enrolmentId).orElseThrow(() -> new NotFoundException("enrolment " + enrolmentId));
        if (!currentUser.manages(enrolment.cohort().organisationId())
                && !enrolment.member().id().equals(caller.id())) {
            throw new NotFoundException("enrolment " + enrolmentId);
        }
        return enrolment;
    }

    private void requireOwn(Enrolment enrolment, Account caller) {
        if (!enrolment.member().id().equals(caller.id())) {
            throw new NotFoundException("enrolment " + enrolment.id());
        }
    }

    /** Staff act on their own organisation's cohorts only; another organisation's cohort does not exist for them. */
    private Roster managed(Roster roster) {
        currentUser.requireManaging(roster.cohort().organisationId());
        return roster;
    }

    private Target managed(Target target) {
        managed(target.roster);
        return target;
    }

    private Account requireStaff() {
        return currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
    }

    private Instant now() {
        return clock.instant();
    }
}
