package org.committeeacademy.survey.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.committeeacademy.survey.domain.Round;
import org.committeeacademy.survey.domain.ScoreTally;
import org.junit.jupiter.api.Test;

/** The single pass over many cohorts' rounds: sums, and the people behind a figure as the largest round per cohort. */
class OutcomeTotalsTest {

    private static final Round FIRST_MODULE = Round.afterModule(1, "local-context");
    private static final Round SECOND_MODULE = Round.afterModule(1, "strategic-goals");
    private static final Round OTHER_COHORT = Round.afterModule(2, "local-context");

    private static OutcomeFigure figure(SurveyOutcomes outcomes, String item, SurveyPhase phase) {
        return outcomes.figures().stream()
                .filter(f -> f.itemKey().equals(item) && f.phase() == phase)
                .findFirst()
                .orElseThrow();
    }

    private static ScoreTally tally(int score, int times) {
        return new ScoreTally().add(score, times);
    }

    @Test
    void roundsOfOnePhaseAreSummedAndItsPeopleAreTheLargestRoundPerCohort() {
        SurveyOutcomes outcomes = new OutcomeTotals(
                        Map.of(FIRST_MODULE, 6, SECOND_MODULE, 4, OTHER_COHORT, 3),
                        Map.of(
                                FIRST_MODULE, Map.of("whom", tally(4, 6)),
                                SECOND_MODULE, Map.of("whom", tally(2, 4)),
                                OTHER_COHORT, Map.of("whom", tally(5, 3), "decisions", tally(3, 3))))
                .outcomes();

        assertEquals(9, outcomes.respondents().get(SurveyPhase.AFTER_MODULE), "6 of cohort 1 and 3 of cohort 2");
        assertEquals(0, outcomes.respondents().get(SurveyPhase.BASELINE));
        OutcomeFigure whom = figure(outcomes, "whom", SurveyPhase.AFTER_MODULE);
        assertEquals(13, whom.answers());
        assertEquals(List.of(0, 4, 0, 6, 3), whom.counts());
        assertEquals(3.62, whom.average(), 1e-9);
        OutcomeFigure decisions = figure(outcomes, "decisions", SurveyPhase.AFTER_MODULE);
        assertEquals(3, decisions.answers());
        assertFalse(decisions.shown());
        assertEquals(5 * 3, outcomes.figures().size(), "five items in three phases");
    }

    @Test
    void answersSpreadOverModulesDoNotMakeAGroupOfFive() {
        SurveyOutcomes outcomes = new OutcomeTotals(
                        Map.of(FIRST_MODULE, 4, SECOND_MODULE, 4),
                        Map.of(
                                FIRST_MODULE, Map.of("connected", tally(5, 4)),
                                SECOND_MODULE, Map.of("connected", tally(5, 4))))
                .outcomes();

        OutcomeFigure connected = figure(outcomes, "connected", SurveyPhase.AFTER_MODULE);
        assertEquals(8, connected.answers());
        assertFalse(connected.shown(), "perhaps the same four people twice");
        assertNull(connected.average());
        assertTrue(connected.counts().isEmpty());
    }

    @Test
    void noRoundsGiveEmptyFigures() {
        SurveyOutcomes outcomes = new OutcomeTotals(Map.of(), Map.of()).outcomes();
        assertEquals(0, outcomes.respondents().get(SurveyPhase.FOLLOW_UP));
        assertTrue(outcomes.figures().stream().noneMatch(OutcomeFigure::shown));
    }
}
