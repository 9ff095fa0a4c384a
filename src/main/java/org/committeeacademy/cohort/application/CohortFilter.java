package org.committeeacademy.cohort.application;

import java.time.LocalDate;
import org.committeeacademy.cohort.domain.CohortStatus;

/**
 * Staff's cohort list filters; null means any. The period keeps cohorts with a session inside it; the organisation is
 * set by the service from the caller's scope (staff see their own organisation's cohorts only).
 */
public record CohortFilter(
        Long seriesId, Long venueId, CohortStatus status, LocalDate from, LocalDate to, Long organisationId) {

    public CohortFilter(Long seriesId, Long venueId, CohortStatus status, LocalDate from, LocalDate to) {
        this(seriesId, venueId, status, from, to, null);
    }

    public static CohortFilter any() {
        return new CohortFilter(null, null, null, null, null, null);
    }

    public CohortFilter withinOrganisation(Long organisation) {
        return new CohortFilter(seriesId, venueId, status, from, to, organisation);
    }
}
