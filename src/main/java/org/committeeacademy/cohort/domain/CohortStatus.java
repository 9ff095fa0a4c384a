package org.committeeacademy.cohort.domain;

/** draft → open (visible, enrolment possible inside the window) → running → completed, or cancelled. */
public enum CohortStatus {
    DRAFT,
    OPEN,
    RUNNING,
    COMPLETED,
    CANCELLED
}
