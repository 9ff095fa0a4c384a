package org.committeeacademy.notification.domain;

/** Where a mail in the outbox stands. */
public enum DeliveryStatus {
    /** No mail server is configured: the mail is kept for admins to read and never sent. */
    HELD,
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Claimed by the sender, which is talking to the mail server right now. */
    SENDING,
    SENT,
    /** Given up after the last attempt. */
    FAILED
}
