package org.committeeacademy.enrolment.domain;

/** requested → confirmed / waitlisted → cancelled / completed. */
public enum EnrolmentStatus {
    REQUESTED,
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    COMPLETED
}
