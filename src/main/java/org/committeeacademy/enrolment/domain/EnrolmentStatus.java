package org.committeeacademy.enrolment.domain;

/**
 * Where a member stands in a cohort. requested → confirmed or waitlisted (or declined); waitlisted → confirmed, or
 * offered → confirmed; any of these → cancelled; confirmed → completed.
 */
public enum EnrolmentStatus {
    REQUESTED,
    CONFIRMED,
    WAITLISTED,
    OFFERED,
    DECLINED,
    CANCELLED,
    COMPLETED;

    /** Confirmed, offered (reserved for the person) and completed places count against the capacity. */
    public boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED || this == COMPLETED;
    }

    /**
     * Confirmed, or completed once the cohort is over: the seated, whose attendance and progress count (an offer holds
     * a seat but is not taken yet).
     */
    public boolean isSeated() {
        return this == CONFIRMED || this == COMPLETED;
    }

    /** Still in the running: enrolling again returns this enrolment instead of making a second one. */
    public boolean isActive() {
        return this != DECLINED && this != CANCELLED;
    }
}
