package org.committeeacademy.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeGoalsTest {

    private static List<CommitteeGoals.Line> committee(long id, String name, int people) {
        List<CommitteeGoals.Line> lines = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            lines.add(new CommitteeGoals.Line(id, name, "Bonn", id * 1000 + p, 1, 1, p % 2 == 0 ? 1 : 0, 0));
        }
        return lines;
    }

    @Test
    void countsPeopleGoalsAndCheckInsOfEachCommitteeWithAtLeastFivePeople() {
        List<CommitteeGoals.Line> lines = new ArrayList<>(committee(1, "Integrationsrat Bonn", 5));
        lines.addAll(committee(2, "Integrationsrat Köln", 4));

        List<CommitteeGoals> figures = CommitteeGoals.of(lines);

        assertEquals(1, figures.size(), "four people are too few to be shown");
        CommitteeGoals bonn = figures.get(0);
        assertEquals("Integrationsrat Bonn", bonn.committee());
        assertEquals(5, bonn.people());
        assertEquals(5, bonn.goals());
        assertEquals(5, bonn.checkIns());
        assertEquals(3, bonn.reached());
        assertEquals(60, bonn.reachedPercent());
    }

    @Test
    void countsPeopleOnceAcrossTheirLinesAndAddsUpGoalsCheckInsAndDecisions() {
        List<CommitteeGoals.Line> lines = new ArrayList<>(committee(1, "Integrationsrat Bonn", 5));
        // the first person again with goals of another cohort, one of them decided
        lines.add(new CommitteeGoals.Line(1, "Integrationsrat Bonn", "Bonn", 1000, 2, 3, 2, 1));
        lines.add(new CommitteeGoals.Line(1, "Integrationsrat Bonn", "Bonn", 1001, 1, 0, 0, 1));

        CommitteeGoals bonn = CommitteeGoals.of(lines).get(0);
        assertEquals(5, bonn.people(), "a person with goals in two cohorts is one person");
        assertEquals(8, bonn.goals());
        assertEquals(8, bonn.checkIns());
        assertEquals(5, bonn.reached());
        assertEquals(2, bonn.decided());
        assertEquals(
                0,
                CommitteeGoals.of(committee(1, "Integrationsrat Bonn", 5))
                        .get(0)
                        .decided());
    }

    @Test
    void noCheckInsMeansNoShareRatherThanADivisionByZero() {
        assertEquals(0, new CommitteeGoals("A", "B", 5, 5, 0, 0, 0).reachedPercent());
    }
}
