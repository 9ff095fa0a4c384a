package org.committeeacademy.worksheet.application;

import org.committeeacademy.worksheet.domain.WorksheetStatus;

/** A link to one of the caller's worksheets: its course, its title in the caller's language, where it stands. */
public record WorksheetLink(long id, long cohortId, String title, WorksheetStatus status) {}
