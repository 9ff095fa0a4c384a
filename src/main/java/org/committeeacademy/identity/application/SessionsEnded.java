package org.committeeacademy.identity.application;

import java.util.Set;

/**
 * The account's signed-in sessions have ended (its session version is now {@code version}); with {@code keepCurrent}
 * the session of the request that caused it stays signed in, with the new version and the account's current groups.
 */
public record SessionsEnded(long accountId, int version, Set<String> groups, boolean keepCurrent) {}
