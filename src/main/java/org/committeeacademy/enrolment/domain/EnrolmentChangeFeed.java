package org.committeeacademy.enrolment.domain;

import java.time.Instant;
import java.util.List;

/**
 * The recorded enrolment changes in the order they were made, for features above that announce them elsewhere (the
 * webhooks): ids and states only, no names.
 */
public interface EnrolmentChangeFeed {

    /** One recorded change: which enrolment of which member in which cohort (and organisation), why, and to what. */
    record Fact(
            long changeId,
            long enrolmentId,
            long cohortId,
            Long organisationId,
            long memberId,
            ChangeCause cause,
            EnrolmentStatus from,
            EnrolmentStatus to,
            Instant at) {}

    /** The changes after the given one, oldest first, at most limit. */
    List<Fact> after(long changeId, int limit);

    /** The id of the newest change, 0 when there is none. */
    long lastId();
}
