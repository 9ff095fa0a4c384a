package org.committeeacademy.enrolment.domain;

import java.util.Arrays;
import java.util.List;

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

    /** Those that {@link #holdsSeat()}, for queries that count in the database. */
    public static List<EnrolmentStatus> holdingSeat() {
        return Lists.HOLDING_SEAT;
    }

    /** Those that are {@link #isSeated()}, for queries that count in the database. */
    public static List<EnrolmentStatus> seated() {
        return Lists.SEATED;
    }

    /** Still in the running: enrolling again returns this enrolment instead of making a second one. */
    public boolean isActive() {
        return this != DECLINED && this != CANCELLED;
    }

    /** Built once, after the constants exist. */
    private static final class Lists {
        static final List<EnrolmentStatus> HOLDING_SEAT =
                Arrays.stream(values()).filter(EnrolmentStatus::holdsSeat).toList();
        static final List<EnrolmentStatus> SEATED =
                Arrays.stream(values()).filter(EnrolmentStatus::isSeated).toList();
    }
}
