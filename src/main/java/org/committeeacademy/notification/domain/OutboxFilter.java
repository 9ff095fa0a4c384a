package org.committeeacademy.notification.domain;

import java.util.Locale;

/** Which mails of the outbox to list: all, or those in one status, and/or those to one address. */
public record OutboxFilter(DeliveryStatus status, String recipient) {

    public static final OutboxFilter ALL = new OutboxFilter(null, null);

    public OutboxFilter {
        recipient = recipient == null || recipient.isBlank()
                ? null
                : recipient.strip().toLowerCase(Locale.ROOT);
    }
}
