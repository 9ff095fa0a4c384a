package org.committeeacademy.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OutboxRepository {

    void add(OutboxMessage message);

    Optional<OutboxMessage> find(long id);

    /** Newest first. */
    List<OutboxMessage> page(OutboxFilter filter, int first, int size);

    long count(OutboxFilter filter);

    /** PENDING mails whose next attempt is due, oldest first. */
    List<Long> due(Instant now, int limit);

    /**
     * PENDING → SENDING in one UPDATE that only one caller can win; the lease says when an unfinished send (a crash
     * while talking to the mail server) may be tried again.
     */
    boolean claim(long id, Instant leaseUntil);

    /** Sends whose lease ran out go back to PENDING. */
    int releaseExpiredLeases(Instant now);

    /** Deletes the mails that are finished (sent, failed for good, or held without a mail server) before the cut-off. */
    int deleteFinishedBefore(Instant cutOff);
}
