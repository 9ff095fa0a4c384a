package org.committeeacademy.attendance.application;

/**
 * A member's attendance in a cohort changed (fired synchronously, inside the transaction): progress and certificates
 * look again.
 */
public record AttendanceChanged(long cohortId, long memberId) {}
