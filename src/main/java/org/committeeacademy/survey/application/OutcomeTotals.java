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

    private static final List<String> ITEMS = SurveyForm.OUTCOME_KEYS;

    /** Per phase and outcome item (in {@link SurveyForm#OUTCOME_KEYS}' order): the tally over every round. */
    private final Map<SurveyPhase, ScoreTally[]> totals = new EnumMap<>(SurveyPhase.class);

    /**
     * Per phase and cohort: the largest round's answers to each outcome item, then (last) its largest round's number
     * of responses.
     */
    private final Map<SurveyPhase, Map<Long, int[]>> largest = new EnumMap<>(SurveyPhase.class);

    OutcomeTotals(Map<Round, Integer> responses, Map<Round, Map<String, ScoreTally>> tallies) {
        for (SurveyPhase phase : SurveyPhase.values()) {
            ScoreTally[] sums = new ScoreTally[ITEMS.size()];
            for (int i = 0; i < sums.length; i++) {
                sums[i] = new ScoreTally();
            }
            totals.put(phase, sums);
            largest.put(phase, new HashMap<>());
        }
        responses.forEach((round, n) -> {
            int[] slot = slotOf(round);
            slot[ITEMS.size()] = Math.max(slot[ITEMS.size()], n);
        });
        tallies.forEach((round, byItem) -> {
            int[] slot = slotOf(round);
            ScoreTally[] sums = totals.get(round.phase());
            for (int i = 0; i < sums.length; i++) {
                ScoreTally tally = byItem.get(ITEMS.get(i));
                if (tally != null) {
                    sums[i].add(tally);
                    slot[i] = Math.max(slot[i], tally.answers());
                }
            }
        });
    }

    private int[] slotOf(Round round) {
        return largest.get(round.phase()).computeIfAbsent(round.cohortId(), id -> new int[ITEMS.size() + 1]);
    }

    SurveyOutcomes outcomes() {
        Map<SurveyPhase, Integer> respondents = new EnumMap<>(SurveyPhase.class);
        for (SurveyPhase phase : SurveyPhase.values()) {
            respondents.put(phase, sum(phase, ITEMS.size()));
        }
        List<OutcomeFigure> figures = new ArrayList<>();
        for (SurveyItem item : SurveyForm.standard().items()) {
            int i = ITEMS.indexOf(item.key());
            if (i < 0) {
                continue;
            }
            for (SurveyPhase phase : SurveyPhase.values()) {
                ScoreTally total = totals.get(phase)[i];
                var shown = total.shownFor(Math.min(respondents.get(phase), sum(phase, i)));
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

    /** The sum over the cohorts of one column of their largest rounds. */
    private int sum(SurveyPhase phase, int column) {
        int sum = 0;
        for (int[] slot : largest.get(phase).values()) {
            sum += slot[column];
        }
        return sum;
    }
}
