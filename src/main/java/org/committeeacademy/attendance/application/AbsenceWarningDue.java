package org.committeeacademy.attendance.application;

import java.util.List;

/**
 * A member reached the absence threshold in a cohort; recorded once per enrolment and threshold. Fired synchronously
 * inside the transaction that recorded it: a mail observer should use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so nothing is sent for a change that rolls back.
 */
public record AbsenceWarningDue(long memberId, long cohortId, int absences, List<Long> trainerIds) {}
