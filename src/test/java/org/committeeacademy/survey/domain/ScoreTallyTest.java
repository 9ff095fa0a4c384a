package org.committeeacademy.survey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.committeeacademy.survey.application.SurveyFigures;
import org.junit.jupiter.api.Test;

class ScoreTallyTest {

    @Test
    void fourAnswersShowNeitherAverageNorDistribution() {
        ScoreTally tally = new ScoreTally().add(5, 2).add(4, 2);
        assertEquals(4, tally.answers());
        assertTrue(tally.shownFor(4).isEmpty());
    }

    @Test
    void fiveAnswersShowTheAverageAndTheDistribution() {
        ScoreTally tally = new ScoreTally().add(5, 2).add(4, 2).add(1, 1);
        ScoreTally.Shown shown = tally.shownFor(5).orElseThrow();
        assertEquals(3.8, shown.average(), 1e-9);
        assertEquals(List.of(1, 0, 0, 2, 2), shown.counts());
    }

    @Test
    void enoughAnswersAreNotEnoughWhenFewerPeopleGaveThem() {
        // one person answering after several modules must not make a group of five
        ScoreTally tally = new ScoreTally().add(3, 6);
        assertTrue(tally.shownFor(4).isEmpty());
        assertTrue(tally.shownFor(5).isPresent());
    }

    @Test
    void averagesAreRoundedToTwoDecimals() {
        assertEquals(2.33, new ScoreTally().add(2, 2).add(3, 1).average().orElseThrow(), 1e-9);
    }

    @Test
    void talliesAddUp() {
        ScoreTally sum =
                new ScoreTally().add(1, 1).add(new ScoreTally().add(1, 2).add(5, 3));
        assertEquals(List.of(3, 0, 0, 0, 3), sum.counts());
    }

    @Test
    void scoresOutsideTheScaleAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScoreTally().add(6, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScoreTally().add(0, 1));
    }

    @Test
    void theContractAndTheRuleAgreeOnTheMinimumGroup() {
        assertEquals(SurveyFigures.MIN_GROUP, Anonymity.MIN_GROUP);
        assertTrue(Anonymity.mayShow(5));
        assertTrue(!Anonymity.mayShow(4));
    }
}
