package org.committeeacademy.notification.domain;

import java.util.Locale;

/** Which mails of the outbox to list: all, or those in one status, to one address and/or of one kind. */
public record OutboxFilter(DeliveryStatus status, String recipient, Notice kind) {

    public static final OutboxFilter ALL = new OutboxFilter(null, null, null);

    public OutboxFilter(DeliveryStatus status, String recipient) {
        this(status, recipient, null);
    }

    public OutboxFilter {
        recipient = recipient == null || recipient.isBlank()
                ? null
                : recipient.strip().toLowerCase(Locale.ROOT);
    }
}
