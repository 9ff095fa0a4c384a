package org.committeeacademy.worksheet.domain;

/** A trainer decided on a submitted worksheet; the member is told (fired in the review's transaction). */
public record WorksheetReviewed(
        long worksheetId, long memberId, long cohortId, String moduleKey, ReviewDecision decision) {}
