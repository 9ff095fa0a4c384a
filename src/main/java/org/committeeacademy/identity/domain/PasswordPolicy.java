package org.committeeacademy.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords of 8 to 128 characters, without composition rules, none from a list of the most common passwords, and
 * none made of the person's own name or e-mail address or the application's name with only digits or signs added
 * (NIST SP 800-63B: "context-specific words"). Both are compared without regard to case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load("common-passwords.txt");

    /** The application's and the field's own names, which attackers of this site try first. */
    private static final Set<String> SERVICE =
            Set.of("committeeacademy", "committee", "academy", "integrationsrat", "integrationsausschuss");

    private PasswordPolicy() {}

    /** The message key of what is wrong with the password, if anything. */
    public static Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }

    /**
     * As {@link #problem(String)}, and also refuses a password that is, apart from digits, spaces and signs, the
     * person's name, a part of it, their e-mail address or its local part, or the application's name.
     *
     * @param email the person's address, if known
     * @param name the person's name, if known
     */
    public static Optional<String> problem(String password, String email, String name) {
        Optional<String> general = problem(password);
        if (general.isPresent()) {
            return general;
        }
        String letters = letters(password);
        return personalWords(email, name).contains(letters) || SERVICE.contains(letters)
                ? Optional.of("password.personal")
                : Optional.empty();
    }

    private static Set<String> personalWords(String email, String name) {
        Set<String> words = new HashSet<>();
        if (email != null) {
            words.add(letters(email));
            int at = email.indexOf('@');
            if (at > 0) {
                words.add(letters(email.substring(0, at)));
                Arrays.stream(email.substring(0, at).split("[._+-]"))
                        .map(PasswordPolicy::letters)
                        .forEach(words::add);
            }
        }
        if (name != null) {
            words.add(letters(name));
            Arrays.stream(name.split("[\\s-]+")).map(PasswordPolicy::letters).forEach(words::add);
        }
        words.remove("");
        return words;
    }

    /** Only the letters, in lower case: "Ayşe.Yılmaz-2027!" becomes "ayşeyılmaz". */
    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isLetter)
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Set<String> load(String resource) {
        InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
