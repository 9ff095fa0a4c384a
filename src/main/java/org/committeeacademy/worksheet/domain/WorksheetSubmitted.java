package org.committeeacademy.worksheet.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A member submitted a worksheet; its goals (possibly none) live on in the goals feature.
 *
 * @param courseEnd the day of the cohort's last session, from which the check-ins are counted
 */
public record WorksheetSubmitted(
        long worksheetId,
        long memberId,
        long cohortId,
        String cohortTitle,
        LocalDate courseEnd,
        List<GoalAnswer> goals) {}
