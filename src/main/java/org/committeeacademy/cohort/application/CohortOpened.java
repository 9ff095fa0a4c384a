package org.committeeacademy.cohort.application;

import org.committeeacademy.cohort.domain.Cohort;

/**
 * Fired inside the transaction that opened a cohort (created open, or moved from draft to open): observers that
 * tell people about it listen for the commit.
 */
public record CohortOpened(Cohort cohort) {}
