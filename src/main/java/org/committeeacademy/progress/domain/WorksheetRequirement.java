package org.committeeacademy.progress.domain;

/** What a series asks of the worksheet for a module to count as complete. */
public enum WorksheetRequirement {
    NONE,
    /** Handed in: submitted, sent back for revision, or accepted. */
    SUBMITTED,
    ACCEPTED;

    public boolean isMetBy(WorksheetState state) {
        WorksheetState s = state == null ? WorksheetState.NONE : state;
        return switch (this) {
            case NONE -> true;
            case SUBMITTED ->
                s == WorksheetState.SUBMITTED || s == WorksheetState.REVISE || s == WorksheetState.ACCEPTED;
            case ACCEPTED -> s == WorksheetState.ACCEPTED;
        };
    }
}
