/**
 * Enrolment and the waiting list: seats as a hard limit under the cohort's row lock, move-up and offers, approval of
 * requests, the roster and the member's courses; it owns {@code enrolment} and {@code enrolment_change}.
 */
package org.committeeacademy.enrolment;
