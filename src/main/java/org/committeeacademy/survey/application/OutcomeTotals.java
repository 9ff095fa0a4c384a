package org.committeeacademy.survey.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.ScoreTally;
import org.committeeacademy.survey.domain.SurveyForm;
import org.committeeacademy.survey.domain.SurveyItem;

/**
 * The outcome figures of many cohorts, summed in one pass over their rounds (the dashboard reads tens of thousands
 * at ten times the state). Across cohorts, one person answers after several modules: the people behind a phase, and
 * behind an item in a phase, are counted as the largest round per cohort (a lower bound), so a figure is never shown
 * for fewer than five people.
 */
final class OutcomeTotals {

    /** Per phase: the sum over the cohorts of their largest round's count. */
    private final Map<SurveyPhase, Map<Long, Integer>> largestRound = new EnumMap<>(SurveyPhase.class);

    /** Per phase and item: the tally over every round, and per cohort its largest round's answers. */
    private final Map<SurveyPhase, Map<String, ScoreTally>> totals = new EnumMap<>(SurveyPhase.class);

    private final Map<SurveyPhase, Map<String, Map<Long, Integer>>> largestAnswers = new EnumMap<>(SurveyPhase.class);

    OutcomeTotals(Map<Round, Integer> responses, Map<Round, Map<String, ScoreTally>> tallies) {
        responses.forEach((round, n) -> largestRound
                .computeIfAbsent(round.phase(), p -> new HashMap<>())
                .merge(round.cohortId(), n, Math::max));
        tallies.forEach((round, byItem) -> byItem.forEach((item, tally) -> {
            totals.computeIfAbsent(round.phase(), p -> new HashMap<>())
                    .computeIfAbsent(item, k -> new ScoreTally())
                    .add(tally);
            largestAnswers
                    .computeIfAbsent(round.phase(), p -> new HashMap<>())
                    .computeIfAbsent(item, k -> new HashMap<>())
                    .merge(round.cohortId(), tally.answers(), Math::max);
        }));
    }

    SurveyOutcomes outcomes() {
        Map<SurveyPhase, Integer> respondents = new EnumMap<>(SurveyPhase.class);
        for (SurveyPhase phase : SurveyPhase.values()) {
            respondents.put(phase, sum(largestRound.getOrDefault(phase, Map.of())));
        }
        List<OutcomeFigure> figures = new ArrayList<>();
        for (SurveyItem item : SurveyForm.standard().items()) {
            if (!SurveyForm.OUTCOME_KEYS.contains(item.key())) {
                continue;
            }
            for (SurveyPhase phase : SurveyPhase.values()) {
                ScoreTally total = totals.getOrDefault(phase, Map.of()).getOrDefault(item.key(), new ScoreTally());
                int answering = sum(largestAnswers.getOrDefault(phase, Map.of()).getOrDefault(item.key(), Map.of()));
                var shown = total.shownFor(Math.min(respondents.get(phase), answering));
                figures.add(new OutcomeFigure(
                        item.key(),
                        item.label(),
                        phase,
                        total.answers(),
                        shown.map(ScoreTally.Shown::average).orElse(null),
                        shown.map(ScoreTally.Shown::counts).orElse(List.of())));
            }
        }
        return new SurveyOutcomes(respondents, figures);
    }

    private static int sum(Map<Long, Integer> perCohort) {
        int sum = 0;
        for (int n : perCohort.values()) {
            sum += n;
        }
        return sum;
    }
}
