package org.committeeacademy.cohort.application;

import java.time.LocalDate;
import org.committeeacademy.cohort.domain.CohortStatus;

/** Staff's cohort list filters; null means any. The period keeps cohorts with a session inside it. */
public record CohortFilter(Long seriesId, Long venueId, CohortStatus status, LocalDate from, LocalDate to) {

    public static CohortFilter any() {
        return new CohortFilter(null, null, null, null, null);
    }
}
