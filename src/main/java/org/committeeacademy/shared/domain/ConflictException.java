package org.committeeacademy.shared.domain;

import java.util.List;

/**
 * The request clashes with the current state (e.g. the e-mail is taken, the room is booked); the API answers 409.
 * The arguments fill the message's placeholders, e.g. the clashing cohort and session.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
