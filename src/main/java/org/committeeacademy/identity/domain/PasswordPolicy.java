package org.committeeacademy.identity.domain;

import java.util.Optional;

/** Passwords of 8 to 128 characters, without composition rules (NIST SP 800-63B). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The message key of what is wrong with the password, if anything. */
    public static Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        return Optional.empty();
    }
}
