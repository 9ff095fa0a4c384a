package org.committeeacademy.cohort.application;

import org.committeeacademy.cohort.domain.Cohort;

/**
 * Fired inside the transaction that changed a cohort's capacity, with the cohort's row locked: the enrolment
 * feature moves people up from the waiting list into seats that are now free.
 */
public record SeatsChanged(Cohort cohort) {}
