package org.committeeacademy.progress.domain;

/** Where a member's worksheet for a module stands, as the worksheet feature reports it. */
public enum WorksheetState {
    NONE,
    DRAFT,
    SUBMITTED,
    REVISE,
    ACCEPTED
}
