package org.committeeacademy.cohort.domain;

import org.committeeacademy.identity.domain.Account;

/** An existing booking that a new or moved session would overlap: the same room, or a trainer in two places. */
public record Clash(Session existing, Account trainer) {

    public boolean isRoom() {
        return trainer == null;
    }
}
