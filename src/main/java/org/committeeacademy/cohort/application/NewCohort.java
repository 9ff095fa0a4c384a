package org.committeeacademy.cohort.application;

import java.util.List;
import org.committeeacademy.cohort.domain.CohortPlan;
import org.committeeacademy.cohort.domain.CohortStatus;

/** A cohort to create: its series, venue and terms, its trainers, and DRAFT or OPEN. */
public record NewCohort(Long seriesId, Long venueId, CohortPlan plan, List<Long> trainerIds, CohortStatus status) {

    public NewCohort {
        trainerIds = trainerIds == null ? List.of() : List.copyOf(trainerIds);
        status = status == null ? CohortStatus.DRAFT : status;
    }
}
