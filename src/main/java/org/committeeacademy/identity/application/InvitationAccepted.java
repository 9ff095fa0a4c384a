package org.committeeacademy.identity.application;

/**
 * Someone opened their account through an invitation; committeeId is the committee staff named on the invitation
 * (null if none), which the committee feature confirms in the same transaction.
 */
public record InvitationAccepted(long accountId, Long committeeId) {}
