package org.committeeacademy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.enrolment.domain.Arrival;
import org.committeeacademy.enrolment.domain.Arrivals;
import org.committeeacademy.enrolment.domain.Enrolment;
import org.committeeacademy.enrolment.domain.EnrolmentRepository;
import org.committeeacademy.enrolment.domain.Roster;
import org.committeeacademy.enrolment.domain.RosterCounts;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.shared.domain.AccessDeniedException;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.persistence.GroupCommit.Answer;

/**
 * Members who enrol themselves in one cohort, decided as a group in one transaction (see {@link EnrolmentTurns}):
 * the cohort's row is locked once, the counts, the group's members and their own rows are read once, the new
 * enrolments are written in one flush and committed once, and each request gets its own answer, read under the same
 * lock. Who asks was checked in the request's own thread (a member); nothing here depends on who runs the group.
 */
@ApplicationScoped
@Transactional
public class EnrolmentGroups {

    /** One member's request; {@code withView} when the answer is the API's (read before the commit). */
    public record Ask(long memberId, boolean withView) {}

    /** The answer to one request: what it ended in and, if asked for, the view of it. */
    public record Decided(Outcome outcome, EnrolmentView view) {}

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    AccountRepository accounts;

    @Inject
    EnrolmentQueries queries;

    @Inject
    Event<EnrolmentsChanged> enrolmentsChanged;

    Clock clock = Clock.systemUTC();

    public List<Answer<Decided>> enrol(long cohortId, List<Ask> asks) {
        Cohort cohort = enrolments.lockCohort(cohortId).orElse(null);
        if (cohort == null || !cohort.isVisibleToPublic()) {
            NotFoundException unknown = new NotFoundException("cohort " + cohortId);
            return asks.stream().map(a -> Answer.<Decided>failed(unknown)).toList();
        }
        Instant now = clock.instant();
        RosterCounts counts = enrolments.counts(cohortId, now);
        List<Long> memberIds = asks.stream().map(Ask::memberId).distinct().toList();
        List<Enrolment> previous = enrolments.ofMembers(cohortId, memberIds);
        Map<Long, Account> members =
                accounts.findAll(memberIds).stream().collect(Collectors.toMap(Account::id, Function.identity()));
        List<Answer<Outcome>> outcomes = Arrivals.needRoster(counts, previous)
                ? onRoster(cohort, members, asks, now)
                : onCounts(cohort, counts, previous, members, asks, now);
        List<Answer<Decided>> answers = new ArrayList<>();
        for (int i = 0; i < asks.size(); i++) {
            Answer<Outcome> outcome = outcomes.get(i);
            answers.add(
                    outcome.failure() != null
                            ? Answer.failed(outcome.failure())
                            : Answer.of(answer(asks.get(i), outcome.value())));
        }
        return answers;
    }

    /** The rush path: only the counts and the group's own rows are read. */
    private List<Answer<Outcome>> onCounts(
            Cohort cohort,
            RosterCounts counts,
            List<Enrolment> previous,
            Map<Long, Account> members,
            List<Ask> asks,
            Instant now) {
        Arrivals arrivals = new Arrivals(cohort, counts, previous, enrolments::position);
        List<Answer<Outcome>> outcomes = decideEach(asks, members, member -> {
            Arrival.Placed placed = arrivals.enrol(member, now);
            return new Outcome(placed.enrolment(), placed.position(), placed.created());
        });
        List<Enrolment> created = arrivals.created();
        if (!created.isEmpty()) {
            enrolments.addAll(created);
            enrolmentsChanged.fire(new EnrolmentsChanged(cohort.id()));
        }
        return outcomes;
    }

    /** An offer ran out, or a member comes back after leaving: the whole roster decides, as one request would. */
    private List<Answer<Outcome>> onRoster(Cohort cohort, Map<Long, Account> members, List<Ask> asks, Instant now) {
        Roster roster = enrolments.rosterOf(cohort);
        enrolmentsChanged.fire(new EnrolmentsChanged(cohort.id()));
        roster.expireOffers(now);
        List<Answer<Outcome>> outcomes = decideEach(asks, members, member -> {
            Roster.Placement placement = roster.enrol(member, now);
            return new Outcome(placement.enrolment(), 0, placement.created());
        });
        enrolments.store(roster);
        return outcomes.stream()
                .map(o -> o.failure() != null
                        ? o
                        : Answer.of(new Outcome(
                                o.value().enrolment(),
                                roster.position(o.value().enrolment()).orElse(0),
                                o.value().created())))
                .toList();
    }

    /**
     * Each request in order; one the rules refuse (they refuse before they change anything) gets its refusal, and
     * the group goes on.
     */
    private List<Answer<Outcome>> decideEach(
            List<Ask> asks, Map<Long, Account> members, Function<Account, Outcome> decide) {
        List<Answer<Outcome>> outcomes = new ArrayList<>();
        for (Ask ask : asks) {
            try {
                Account member = Optional.ofNullable(members.get(ask.memberId()))
                        .orElseThrow(() -> new AccessDeniedException("Unknown account " + ask.memberId()));
                outcomes.add(Answer.of(decide.apply(member)));
            } catch (ConflictException | ValidationException | AccessDeniedException | NotFoundException refused) {
                outcomes.add(Answer.failed(refused));
            }
        }
        return outcomes;
    }

    private Decided answer(Ask ask, Outcome outcome) {
        return new Decided(outcome, ask.withView() ? queries.answer(outcome) : null);
    }
}
