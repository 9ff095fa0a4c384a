package org.committeeacademy.notification.application;

import java.io.Serializable;
import java.time.Instant;
import org.committeeacademy.notification.domain.OutboxMessage;

/** One line of the outbox list. */
public record OutboxRow(
        long id,
        Instant createdAt,
        String recipient,
        String notice,
        String subject,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError)
        implements Serializable {

    static OutboxRow of(OutboxMessage m) {
        return new OutboxRow(
                m.id(),
                m.createdAt(),
                m.recipientEmail(),
                m.notice().name(),
                m.subject(),
                m.status().name(),
                m.attempts(),
                m.nextAttemptAt(),
                m.lastError());
    }
}
