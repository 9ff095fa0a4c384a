package org.committeeacademy.profile.application;

import java.io.Serializable;
import java.time.Instant;

/** One entry of a venue's interest list as staff see it. */
public record InterestRow(
        String name, String email, String language, Instant signedUpAt, Instant confirmedAt, Instant lastNotifiedAt)
        implements Serializable {}
