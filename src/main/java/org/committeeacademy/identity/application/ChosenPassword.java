package org.committeeacademy.identity.application;

import java.util.Objects;
import org.committeeacademy.identity.domain.PasswordHasher;
import org.committeeacademy.identity.domain.PasswordPolicy;
import org.committeeacademy.shared.domain.ValidationException;

/** A password someone chose for themselves, typed twice: checked against the policy, then hashed. */
final class ChosenPassword {

    private static final PasswordHasher HASHER = new PasswordHasher();

    private ChosenPassword() {}

    /** @param repeat the second entry; null when the channel has none (the API) */
    static String hash(String password, String repeat) {
        check(password, repeat);
        return HASHER.hash(password.toCharArray());
    }

    /** The cheap part, before anything slow happens. */
    static void check(String password, String repeat) {
        PasswordPolicy.problem(password).ifPresent(key -> {
            throw new ValidationException("password", key);
        });
        if (repeat != null && !Objects.equals(password, repeat)) {
            throw new ValidationException("repeat", "password.mismatch");
        }
    }
}
