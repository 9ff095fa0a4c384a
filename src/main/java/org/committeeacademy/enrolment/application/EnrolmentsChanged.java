package org.committeeacademy.enrolment.application;

/**
 * Fired inside a transaction that changed enrolments of a cohort (each change is recorded in its history); once it
 * commits, the notification feature mails the people concerned.
 */
public record EnrolmentsChanged(long cohortId) {}
