package org.committeeacademy.identity.application;

import java.util.Objects;
import org.committeeacademy.identity.domain.PasswordHasher;
import org.committeeacademy.identity.domain.PasswordPolicy;
import org.committeeacademy.shared.domain.ValidationException;

/** A password someone chose for themselves, typed twice: checked against the policy, then hashed. */
final class ChosenPassword {

    private static final PasswordHasher HASHER = new PasswordHasher();

    private ChosenPassword() {}

    /**
     * @param repeat the second entry; null when the channel has none (the API)
     * @param email the person's address, and {@code name} their name: a password made of them is refused
     */
    static String hash(String password, String repeat, String email, String name) {
        check(password, repeat, email, name);
        return HASHER.hash(password.toCharArray());
    }

    /** The cheap part, before anything slow happens. */
    static void check(String password, String repeat, String email, String name) {
        PasswordPolicy.problem(password, email, name).ifPresent(key -> {
            throw new ValidationException("password", key);
        });
        if (repeat != null && !Objects.equals(password, repeat)) {
            throw new ValidationException("repeat", "password.mismatch");
        }
    }
}
