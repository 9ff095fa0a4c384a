package org.committeeacademy.committee.domain;

/** A membership the member asked for waits for staff; only a confirmed one shares goals. */
public enum MembershipStatus {
    REQUESTED,
    CONFIRMED
}
