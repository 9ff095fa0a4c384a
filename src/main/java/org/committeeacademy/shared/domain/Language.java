package org.committeeacademy.shared.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the application knows. German is the default. Which of them the interface offers depends on which
 * message bundles are shipped (see {@code OfferedLanguages}); stored values of every language stay readable.
 */
public enum Language {
    DE("de", "Deutsch", false),
    EN("en", "English", false),
    TR("tr", "Türkçe", false),
    AR("ar", "العربية", true),
    UK("uk", "Українська", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    /** The language's name in itself (Deutsch, Türkçe, العربية), as a language switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute of a page or mail. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * Where a text is missing in this language: English, then German. German itself falls back to nothing, English
     * to German.
     */
    public List<Language> fallbacks() {
        return switch (this) {
            case DE -> List.of(DE);
            case EN -> List.of(EN, DE);
            default -> List.of(this, EN, DE);
        };
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
