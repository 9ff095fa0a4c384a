package org.committeeacademy.enrolment.domain;

/**
 * What a newcomer's request needs to know of a cohort's roster, read while the cohort's row is locked: the seats
 * held, the people waiting, and whether an offer ran out (then the whole roster has to pass it on first).
 */
public record RosterCounts(int held, int waiting, boolean offersRunOut) {

    public RosterCounts {
        if (held < 0 || waiting < 0) {
            throw new IllegalArgumentException("negative counts: " + held + ", " + waiting);
        }
    }
}
