package org.committeeacademy.goal.application;

/** A check-in that has come and is not recorded yet: for the reminders of the notification feature. */
public record DueCheckIn(long accountId, long goalId, int checkpointMonths) {}
