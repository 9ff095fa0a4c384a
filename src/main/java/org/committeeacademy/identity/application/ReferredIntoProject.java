package org.committeeacademy.identity.application;

/**
 * An account opened through an ambassador's link that invited into a local project: the project feature makes the
 * person a participant, in the transaction that opens the account.
 */
public record ReferredIntoProject(long accountId, long projectId) {}
