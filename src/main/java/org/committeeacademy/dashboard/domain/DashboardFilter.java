package org.committeeacademy.dashboard.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which cohorts the dashboard counts: of one series and/or venue (null: all), whose first session lies in the period
 * (both days included).
 */
public record DashboardFilter(Long seriesId, Long venueId, LocalDate from, LocalDate to) implements Serializable {

    public DashboardFilter {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs both days");
        }
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
    }

    public static DashboardFilter year(int year) {
        return new DashboardFilter(null, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
