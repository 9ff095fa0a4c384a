package org.committeeacademy.dashboard.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The counts behind the dashboard, read in a few set-wise queries (never one per cohort). */
public interface DashboardFigures {

    /** The matching cohorts with their counts, by first session; {@code now} decides what is held and ended. */
    List<CohortFigures> cohorts(DashboardFilter filter, LocalDateTime now);

    /** The goal check-ins of members of these cohorts (the ids of {@link #cohorts}: the filter is already in them). */
    CheckInDistribution checkIns(Set<Long> cohortIds);

    /** The goals (with their check-ins) of committees' confirmed members in these cohorts, one line each. */
    List<CommitteeGoals.Line> committeeGoals(Set<Long> cohortIds);
}
