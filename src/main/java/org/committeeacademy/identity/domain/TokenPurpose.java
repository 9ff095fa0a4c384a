package org.committeeacademy.identity.domain;

import java.time.Duration;

/** What a one-time link is for, and how long it stays usable. */
public enum TokenPurpose {
    INVITATION(Duration.ofDays(14)),
    PASSWORD_RESET(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
