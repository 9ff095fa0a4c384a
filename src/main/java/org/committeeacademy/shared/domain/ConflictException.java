package org.committeeacademy.shared.domain;

/** The request clashes with the current state (e.g. the e-mail is taken); the API answers 409. */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
