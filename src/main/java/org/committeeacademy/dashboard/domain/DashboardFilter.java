package org.committeeacademy.dashboard.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which cohorts the dashboard counts: of one series, venue and/or organisation (null: all), whose first session lies in
 * the period (both days included). Staff always count their own organisation only (the service sets it).
 */
public record DashboardFilter(Long seriesId, Long venueId, LocalDate from, LocalDate to, Long organisationId)
        implements Serializable {

    public DashboardFilter(Long seriesId, Long venueId, LocalDate from, LocalDate to) {
        this(seriesId, venueId, from, to, null);
    }

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

    public DashboardFilter withinOrganisation(Long organisation) {
        return new DashboardFilter(seriesId, venueId, from, to, organisation);
    }

    public static DashboardFilter year(int year) {
        return new DashboardFilter(null, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
