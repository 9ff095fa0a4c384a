package org.committeeacademy.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as accounts know them: trimmed, lower case, plausibly shaped, at most 254 characters. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddress() {}

    public static String normalize(String raw) {
        return raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalized) {
        return normalized != null
                && normalized.length() <= MAX_LENGTH
                && SHAPE.matcher(normalized).matches();
    }
}
