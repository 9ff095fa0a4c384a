package org.committeeacademy.unit.application;

/**
 * One unit of a member's cohort as lists show it: where it sits ({@code before} the cohort's {@code sessionNumber}-th
 * session, or after it; 0 when the module has no session yet) and how many of its questions are answered.
 */
public record UnitItem(
        long cohortId,
        String moduleKey,
        String moduleTitle,
        String unitKey,
        String title,
        String summary,
        boolean before,
        int sessionNumber,
        int minutes,
        int answered,
        int questions) {

    /** Done when every question is answered. */
    public boolean done() {
        return questions > 0 && answered >= questions;
    }
}
