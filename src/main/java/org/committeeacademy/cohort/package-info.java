/**
 * Cohorts of a series and their sessions as staff plan them: rooms and trainers booked without clashes, the cohort's
 * status and seat counts, schedule changes, and the pages that list cohorts; it owns {@code cohort}, {@code
 * cohort_session}, {@code cohort_trainer}, {@code session_trainer} and {@code schedule_change}.
 */
package org.committeeacademy.cohort;
