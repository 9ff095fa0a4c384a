package org.committeeacademy.notification.application;

/** Fired inside the transaction that wrote mails to be sent; once it commits, the sender is nudged. */
public record OutboxFilled() {}
