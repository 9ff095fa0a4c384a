package org.committeeacademy.dashboard.domain;

import java.util.List;

/**
 * The goals' figures of a set of cohorts, read together: the check-ins of everyone's goals by attainment, and one
 * line per committee member with goals there.
 */
public record GoalTotals(CheckInDistribution checkIns, List<CommitteeGoals.Line> committeeLines) {

    public static GoalTotals none() {
        return new GoalTotals(CheckInDistribution.empty(), List.of());
    }
}
