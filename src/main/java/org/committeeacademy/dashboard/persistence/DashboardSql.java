package org.committeeacademy.dashboard.persistence;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.stream.Collectors;
import org.committeeacademy.dashboard.domain.DashboardFilter;

/** The pieces of SQL the dashboard's queries share: which cohorts count, the filter, the period's cohorts. */
final class DashboardSql {

    private static final String COUNTED = " c.status NOT IN ('DRAFT', 'CANCELLED')";

    /** Up to this many cohorts are named in the figure queries; beyond it they scan every cohort of the filter. */
    static final int LISTED_COHORTS = 1_000;

    private DashboardSql() {}

    static String narrowing(DashboardFilter filter) {
        return COUNTED
                + (filter.seriesId() == null ? "" : " AND c.series_id = ?1")
                + (filter.venueId() == null ? "" : " AND c.venue_id = ?2")
                + (filter.organisationId() == null
                        ? ""
                        : " AND c.venue_id IN (SELECT ov.id FROM venue ov WHERE ov.organisation_id = ?5)");
    }

    static void bind(Query query, DashboardFilter filter) {
        if (filter.seriesId() != null) {
            query.setParameter(1, filter.seriesId());
        }
        if (filter.venueId() != null) {
            query.setParameter(2, filter.venueId());
        }
        if (filter.organisationId() != null) {
            query.setParameter(5, filter.organisationId());
        }
    }

    /**
     * Only the cohorts of the period (the cohort query), as a condition on the counted table's own cohort column
     * ({@code e.cohort_id}, {@code s.cohort_id}, …): named in the query, so that each figure looks up only their
     * rows through that column's index instead of joining every cohort; a long list is left out ({@code 1 = 1}: then
     * every row is read and the other cohorts' are dropped when the figures are joined up by cohort id). The ids are
     * numbers read from the database, never text from a request.
     */
    static String within(String column, Collection<Long> cohortIds) {
        if (cohortIds.size() > LISTED_COHORTS) {
            return "1 = 1";
        }
        return cohortIds.stream().map(String::valueOf).collect(Collectors.joining(", ", column + " IN (", ")"));
    }
}
