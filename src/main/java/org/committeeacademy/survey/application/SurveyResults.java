package org.committeeacademy.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.CohortRepository;
import org.committeeacademy.cohort.domain.TrainerRule;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.NotFoundException;
import org.committeeacademy.survey.domain.Anonymity;
import org.committeeacademy.survey.domain.OutcomeRounds;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.ScoreTally;
import org.committeeacademy.survey.domain.SurveyCalendar;
import org.committeeacademy.survey.domain.SurveyForm;
import org.committeeacademy.survey.domain.SurveyItem;
import org.committeeacademy.survey.domain.SurveyRepository;
import org.committeeacademy.survey.domain.SurveySchedules;
import org.committeeacademy.survey.domain.SurveyWindow;

/**
 * Survey results: per cohort for staff and the cohort's trainers, and the outcome figures of many cohorts for the
 * dashboard. Every figure follows {@link Anonymity}: fewer than five people, no average, no distribution, no text.
 */
@ApplicationScoped
@Transactional
public class SurveyResults implements SurveyFigures {

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveySchedules schedules;

    @Inject
    SurveyForms forms;

    @Inject
    CohortRepository cohorts;

    @Inject
    CurrentUser currentUser;

    Clock clock = Clock.system(AcademyTime.ZONE);

    /** The outcome figures of these cohorts ({@link OutcomeTotals}: who counts behind a phase). */
    @Override
    public SurveyOutcomes outcomes(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return SurveyOutcomes.none();
        }
        OutcomeRounds rounds = surveys.outcomeRounds(cohortIds);
        return new OutcomeTotals(rounds.responses(), rounds.tallies()).outcomes();
    }

    /** Staff and the cohort's trainers; free texts for staff only. Anyone else: the cohort does not exist. */
    public CohortResults ofCohort(long cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        Account caller = currentUser.require();
        boolean staff = currentUser.manages(cohort.organisationId());
        boolean trainer = TrainerRule.actsAsTrainer(cohort, caller);
        if (!staff && !trainer) {
            throw new NotFoundException("cohort " + cohortId);
        }
        SurveyForm form = forms.of(cohortId);
        Map<Round, Integer> responses = surveys.responses(List.of(cohortId));
        Map<Round, Map<String, ScoreTally>> tallies = surveys.tallies(
                List.of(cohortId), form.items().stream().map(SurveyItem::key).toList());
        List<RoundResults> rounds = new ArrayList<>();
        roundsSoFar(cohortId, responses).forEach((round, window) -> {
            int people = responses.getOrDefault(round, 0);
            boolean shown = Anonymity.mayShow(people);
            List<ItemFigure> items = form.askedIn(round.phase()).stream()
                    .filter(i -> i.kind().isScale())
                    .map(i -> figure(i, tallies.getOrDefault(round, Map.of()).get(i.key()), people))
                    .toList();
            List<RoundResults.TextAnswers> texts = staff && shown ? texts(round, form) : List.of();
            rounds.add(new RoundResults(
                    round.id(),
                    round.phase(),
                    window == null ? null : window.moduleTitle(),
                    people,
                    shown,
                    items,
                    texts));
        });
        return new CohortResults(cohortId, cohort.title(), staff, rounds);
    }

    private static ItemFigure figure(SurveyItem item, ScoreTally tally, int people) {
        ScoreTally counted = tally == null ? new ScoreTally() : tally;
        var shown = counted.shownFor(people);
        return new ItemFigure(
                item.key(),
                item.kind(),
                item.label(),
                counted.answers(),
                shown.map(ScoreTally.Shown::average).orElse(null),
                shown.map(ScoreTally.Shown::counts).orElse(List.of()));
    }

    private List<RoundResults.TextAnswers> texts(Round round, SurveyForm form) {
        Map<String, List<String>> byItem = surveys.texts(round);
        return form.items().stream()
                .filter(i -> byItem.containsKey(i.key()))
                .map(i -> new RoundResults.TextAnswers(i.key(), i.label(), byItem.get(i.key())))
                .toList();
    }

    /** The rounds that have opened by now, in calendar order, and any others that hold answers. */
    private Map<Round, SurveyWindow> roundsSoFar(long cohortId, Map<Round, Integer> responses) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<Round, SurveyWindow> rounds = new LinkedHashMap<>();
        new SurveyCalendar(cohortId, schedules.sessionsOf(List.of(cohortId)))
                .windows().stream()
                        .filter(w -> !w.opens().isAfter(now) || responses.containsKey(w.round()))
                        .forEach(w -> rounds.put(w.round(), w));
        responses.keySet().forEach(r -> rounds.putIfAbsent(r, null));
        return rounds;
    }
}
