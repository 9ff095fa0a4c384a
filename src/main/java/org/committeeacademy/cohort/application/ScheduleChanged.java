package org.committeeacademy.cohort.application;

/**
 * Fired inside a transaction that recorded a schedule change for people enrolled in a cohort; once it commits, the
 * notification feature mails them.
 */
public record ScheduleChanged(long cohortId) {}
