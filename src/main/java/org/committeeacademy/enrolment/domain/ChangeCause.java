package org.committeeacademy.enrolment.domain;

/** Why an enrolment changed; the notification feature picks its message by it. */
public enum ChangeCause {
    ENROLLED,
    ENROLLED_BY_STAFF,
    APPROVED,
    DECLINED,
    MOVED_UP,
    OFFERED,
    OFFER_ACCEPTED,
    OFFER_DECLINED,
    OFFER_EXPIRED,
    CANCELLED_BY_MEMBER,
    CANCELLED_BY_STAFF,
    LEFT_WAITLIST,
    MOVED_OUT,
    MOVED_IN,
    COMPLETED
}
