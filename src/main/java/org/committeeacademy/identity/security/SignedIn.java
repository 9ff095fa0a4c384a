package org.committeeacademy.identity.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What the HTTP session remembers after a form login: the account by its id (an address can be reused), the groups,
 * the account's session version at that time and when the person signed in (for the absolute lifetime).
 */
record SignedIn(long accountId, String email, Set<String> groups, int version, Instant signedInAt)
        implements Serializable {

    SignedIn renewed(int newVersion, Set<String> newGroups) {
        return new SignedIn(accountId, email, Set.copyOf(newGroups), newVersion, signedInAt);
    }
}
