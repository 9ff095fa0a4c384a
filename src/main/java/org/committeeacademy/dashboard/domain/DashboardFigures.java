package org.committeeacademy.dashboard.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The counts behind the dashboard, read in a few set-wise queries (never one per cohort). */
public interface DashboardFigures {

    /** The matching cohorts with their counts, by first session; {@code now} decides what is held and ended. */
    List<CohortFigures> cohorts(DashboardFilter filter, LocalDateTime now);

    /**
     * The goals of these cohorts (the ids of {@link #cohorts}: the filter is already in them): all their check-ins by
     * attainment, and the goals (with their check-ins) of committees' confirmed members, one line each.
     */
    GoalTotals goals(Set<Long> cohortIds);
}
