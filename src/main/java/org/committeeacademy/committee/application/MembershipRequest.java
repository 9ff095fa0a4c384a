package org.committeeacademy.committee.application;

import java.time.Instant;

/** A member's request to join a committee, as staff see it before confirming or declining. */
public record MembershipRequest(
        long accountId, String memberName, String memberEmail, long committeeId, String committeeName, Instant since) {}
