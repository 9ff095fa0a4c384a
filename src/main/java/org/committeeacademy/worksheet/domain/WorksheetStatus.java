package org.committeeacademy.worksheet.domain;

/** Where a worksheet stands: the member writes in DRAFT and REVISE; SUBMITTED and ACCEPTED are read-only. */
public enum WorksheetStatus {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    REVISE;

    public boolean isEditable() {
        return this == DRAFT || this == REVISE;
    }
}
