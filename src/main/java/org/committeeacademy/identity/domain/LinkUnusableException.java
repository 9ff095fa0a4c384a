package org.committeeacademy.identity.domain;

/** A one-time link that is unknown, expired or already used; the person is told the same for all three. */
public class LinkUnusableException extends RuntimeException {

    public LinkUnusableException() {
        super("link expired, used or unknown");
    }
}
