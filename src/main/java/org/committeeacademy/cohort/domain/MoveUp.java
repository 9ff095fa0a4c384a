package org.committeeacademy.cohort.domain;

/** How the first person on the waiting list gets a seat that frees. */
public enum MoveUp {
    /** Straight to confirmed. */
    AUTOMATIC,
    /** An offer to accept within the cohort's offer period; unanswered or declined, it passes to the next. */
    OFFER
}
