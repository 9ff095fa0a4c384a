package org.committeeacademy.identity.security;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/** Whether a signed-in session still counts: its account exists with the same session version, and it is young enough. */
final class SessionCheck {

    private SessionCheck() {}

    static boolean isCurrent(
            int sessionVersion, Instant signedInAt, OptionalInt storedVersion, Instant now, Duration absoluteLifetime) {
        return storedVersion.isPresent()
                && storedVersion.getAsInt() == sessionVersion
                && signedInAt != null
                && now.isBefore(signedInAt.plus(absoluteLifetime));
    }
}
