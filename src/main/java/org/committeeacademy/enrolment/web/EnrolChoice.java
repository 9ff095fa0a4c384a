package org.committeeacademy.enrolment.web;

import java.time.LocalDate;
import org.committeeacademy.cohort.domain.CohortStatus;

/**
 * What the enrolment panel of a cohort page offers the person looking at it. The button's words follow what a
 * click will do, so nobody is surprised to land on the waiting list or to wait for the venue's approval.
 */
public enum EnrolChoice {
    /** Anonymous, cohort open: log in first. */
    LOG_IN(null),
    ENROL("enrolPanel.enrol"),
    JOIN_WAITLIST("enrolPanel.joinWaitlist"),
    REQUEST("enrolPanel.request"),
    /** The viewer holds an active enrolment here: show where they stand. */
    ENROLLED(null),
    /** Logged in without the member role (trainer, staff): only members enrol themselves. */
    NOT_A_MEMBER(null),
    CLOSED(null);

    private final String buttonKey;

    EnrolChoice(String buttonKey) {
        this.buttonKey = buttonKey;
    }

    /** The bundle key of the button's label; null when there is no button. */
    public String buttonKey() {
        return buttonKey;
    }

    public boolean hasButton() {
        return buttonKey != null;
    }

    /**
     * @param freeSeats seats nobody holds
     * @param waiting people on the waiting list: while anyone waits, a free seat is theirs, not a newcomer's
     */
    public static EnrolChoice of(
            boolean loggedIn,
            boolean member,
            boolean enrolled,
            boolean open,
            boolean approvalRequired,
            long freeSeats,
            long waiting) {
        if (enrolled) {
            return ENROLLED;
        }
        if (!open) {
            return CLOSED;
        }
        if (!loggedIn) {
            return LOG_IN;
        }
        if (!member) {
            return NOT_A_MEMBER;
        }
        if (approvalRequired) {
            return REQUEST;
        }
        return freeSeats > 0 && waiting == 0 ? ENROL : JOIN_WAITLIST;
    }

    /** Why a cohort takes no enrolments: a bundle key and the day it names (null if none). */
    public record ClosedReason(String key, LocalDate day) {}

    public static ClosedReason closedReason(CohortStatus status, LocalDate opens, LocalDate closes, LocalDate today) {
        if (status != CohortStatus.OPEN) {
            return new ClosedReason("enrolPanel.closed." + status.name(), null);
        }
        if (opens != null && today.isBefore(opens)) {
            return new ClosedReason("enrolPanel.closed.notYet", opens);
        }
        if (closes != null && today.isAfter(closes)) {
            return new ClosedReason("enrolPanel.closed.over", closes);
        }
        return new ClosedReason("cohortPublic.enrolmentClosed", null);
    }
}
