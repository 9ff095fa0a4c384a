package org.committeeacademy.shared.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the application speaks. German is the default. */
public enum Language {
    DE("de"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Language defaultLanguage() {
        return DE;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(normalized)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null
                ? defaultLanguage()
                : fromCode(locale.getLanguage()).orElse(defaultLanguage());
    }
}
