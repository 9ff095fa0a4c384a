package org.committeeacademy.shared.domain;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * A text that exists in German and English, and may exist in Turkish, Arabic and Ukrainian too (the curriculum's
 * titles and summaries). A language without its own text gets English, and German is the last fallback.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private String de;
    private String en;
    private String tr;
    private String ar;
    private String uk;

    protected LocalizedText() {}

    public LocalizedText(String de, String en) {
        this.de = Objects.requireNonNull(de, "German text");
        this.en = Objects.requireNonNull(en, "English text");
    }

    /** German and English, and whichever of the other languages {@code others} has (blank ones count as missing). */
    public LocalizedText(String de, String en, Map<Language, String> others) {
        this(de, en);
        this.tr = present(others.get(Language.TR));
        this.ar = present(others.get(Language.AR));
        this.uk = present(others.get(Language.UK));
    }

    public String in(Language language) {
        for (Language l : language.fallbacks()) {
            String text = own(l);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return de;
    }

    /** The text written in exactly this language, or null: no fallback. */
    public String own(Language language) {
        return switch (language) {
            case DE -> de;
            case EN -> en;
            case TR -> tr;
            case AR -> ar;
            case UK -> uk;
        };
    }

    /**
     * This German and English text with the Turkish, Arabic and Ukrainian texts of {@code earlier} where this one has
     * none: an edit of the German and English texts does not throw the translations away.
     */
    public LocalizedText keepingTranslationsOf(LocalizedText earlier) {
        if (earlier == null) {
            return this;
        }
        LocalizedText kept = new LocalizedText(de, en);
        kept.tr = tr != null ? tr : earlier.tr;
        kept.ar = ar != null ? ar : earlier.ar;
        kept.uk = uk != null ? uk : earlier.uk;
        return kept;
    }

    public String de() {
        return de;
    }

    public String en() {
        return en;
    }

    private static String present(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
