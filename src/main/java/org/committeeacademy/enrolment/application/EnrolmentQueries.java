package org.committeeacademy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.enrolment.domain.EnrolmentStatus;
import org.committeeacademy.enrolment.domain.Roster;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.NotFoundException;

/**
 * Enrolments as people may see them: members their own, the cohort's trainers and staff the roster. Someone else's
 * enrolment or a roster the caller may not see is answered as unknown.
 */
@ApplicationScoped
@Transactional
public class EnrolmentQueries {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CohortRepository cohorts;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.systemUTC();

    /** The caller's own enrolments, newest first. */
    public List<EnrolmentView> mine() {
        Account caller = currentUser.require();
        return enrolments.ofMember(caller.id()).stream().map(this::view).toList();
    }

    /**
     * "My courses" on the member's home: the caller's own enrolments, newest first, without their histories, which
     * the page does not show (three statements fewer: the changes, who made them and their roles).
     */
    public List<EnrolmentView> myCourses() {
        Account caller = currentUser.require();
        return enrolments.coursesOf(caller.id()).stream().map(this::ownView).toList();
    }

    /** The caller's active enrolment in the cohort, if any, without its history: what the cohort page offers to do. */
    public Optional<EnrolmentView> mineIn(long cohortId) {
        // the one enrolment a member may have in a cohort, not all of the member's with their courses and histories
        return currentUser.account().flatMap(caller -> enrolments
                .of(cohortId, caller.id())
                .filter(e -> e.status().isActive())
                .map(this::ownView));
    }

    public EnrolmentView enrolment(long id) {
        Account caller = currentUser.require();
        Enrolment enrolment = enrolments.find(id).orElseThrow(() -> new NotFoundException("enrolment " + id));
        boolean own = enrolment.member().id().equals(caller.id());
        if (!own && !mayReadRoster(enrolment.cohort(), caller)) {
            throw new NotFoundException("enrolment " + id);
        }
        return view(enrolment);
    }

    /**
     * The answer to a request the desk has just granted (the desk checked who may ask), with the position it found
     * under the cohort's lock: nothing more is read while the lock is held.
     */
    public EnrolmentView answer(Outcome outcome) {
        Enrolment enrolment = outcome.enrolment();
        return view(enrolment, new Roster(enrolment.cohort(), List.of(enrolment)), outcome.position());
    }

    /** Staff and the cohort's trainers: the seated, the requests, the waiting list in order, and who left. */
    public RosterView roster(long cohortId) {
        Account caller = currentUser.requireAnyRole(Role.STAFF, Role.ADMIN, Role.TRAINER);
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        if (!mayReadRoster(cohort, caller)) {
            throw new NotFoundException("cohort " + cohortId);
        }
        Roster roster = new Roster(cohort, enrolments.ofCohort(cohortId));
        List<EnrolmentView> all = roster.enrolments().stream()
                .sorted(Comparator.comparing(Enrolment::createdAt).thenComparing(Enrolment::id))
                .map(e -> view(e, roster, roster.position(e).orElse(0)))
                .toList();
        return new RosterView(
                cohort.id(),
                cohort.title(),
                cohort.series().title(),
                cohort.venue().name(),
                cohort.capacity(),
                cohort.seats().taken(),
                cohort.seats().moveUp(),
                cohort.seats().offerHours(),
                cohort.approvalRequired(),
                cohort.cancellationDeadline(),
                all.stream().filter(e -> e.status().holdsSeat()).toList(),
                all.stream()
                        .filter(e -> e.status() == EnrolmentStatus.REQUESTED)
                        .toList(),
                roster.waiting().stream()
                        .map(e -> view(e, roster, roster.position(e).orElse(0)))
                        .toList(),
                all.stream().filter(e -> !e.status().isActive()).toList(),
                cohort.status());
    }

    /** Where staff may move an enrolment: other cohorts of its series that are not over. */
    public List<Cohort> moveTargets(long enrolmentId) {
        currentUser.requireAnyRole(Role.STAFF, Role.ADMIN);
        Enrolment enrolment =
                enrolments.find(enrolmentId).orElseThrow(() -> new NotFoundException("enrolment " + enrolmentId));
        currentUser.requireManaging(enrolment.cohort().organisationId());
        return enrolments.moveTargets(enrolment.cohort()).stream()
                .filter(c -> currentUser.manages(c.organisationId()))
                .toList();
    }

    public boolean mayReadRoster(Cohort cohort, Account caller) {
        return currentUser.manages(cohort.organisationId()) || TrainerRule.actsAsTrainer(cohort, caller);
    }

    /** One enrolment on its own: its position comes from the database. */
    private EnrolmentView view(Enrolment enrolment) {
        return view(enrolment, true);
    }

    /** The same for the member's own pages, which show no history. */
    private EnrolmentView ownView(Enrolment enrolment) {
        return view(enrolment, false);
    }

    private EnrolmentView view(Enrolment enrolment, boolean withHistory) {
        return view(
                enrolment,
                new Roster(enrolment.cohort(), List.of(enrolment)),
                enrolments.position(enrolment),
                withHistory);
    }

    private EnrolmentView view(Enrolment e, Roster roster, int position) {
        return view(e, roster, position, true);
    }

    private EnrolmentView view(Enrolment e, Roster roster, int position, boolean withHistory) {
        Cohort cohort = e.cohort();
        LocalDateTime first = cohort.activeSessions().stream()
                .map(Session::start)
                .min(Comparator.naturalOrder())
                .orElse(null);
        return new EnrolmentView(
                e.id(),
                cohort.id(),
                cohort.title(),
                cohort.venue().name(),
                cohort.venue().contactLine(),
                first,
                cohort.cancellationDeadline(),
                e.member().id(),
                e.member().name(),
                e.member().email(),
                e.status(),
                position,
                e.offerExpiresAt(),
                e.createdAt(),
                e.decisionNote(),
                roster.canMemberCancel(e, now()),
                withHistory ? e.history().stream().map(HistoryLine::of).toList() : List.of(),
                cohort.status());
    }

    private Instant now() {
        return clock.instant();
    }
}
