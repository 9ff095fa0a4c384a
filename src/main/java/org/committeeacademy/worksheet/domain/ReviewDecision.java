package org.committeeacademy.worksheet.domain;

/** A trainer's decision on a submitted worksheet. */
public enum ReviewDecision {
    ACCEPTED,
    REVISE;

    WorksheetStatus outcome() {
        return this == ACCEPTED ? WorksheetStatus.ACCEPTED : WorksheetStatus.REVISE;
    }
}
